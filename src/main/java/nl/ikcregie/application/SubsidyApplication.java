package nl.ikcregie.application;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.ikcregie.organisation.Ikc;
import nl.ikcregie.organisation.Organisation;
import nl.ikcregie.round.RoundStatus;
import nl.ikcregie.round.SubsidyRound;
import nl.ikcregie.shared.ClockProducer;
import nl.ikcregie.shared.IllegalTransitionException;

/** An aanvraag: one IKC's plan, self-assessment and budget in one round. It owns its status changes. */
@Entity
@Table(name = "subsidy_application")
public class SubsidyApplication extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** What was asked at the first submission; a completion may not raise it. */
    @Column(name = "submitted_amount", precision = 12, scale = 2)
    public BigDecimal submittedAmount;

    /** The receipt reference (kenmerk), given at the first submission. */
    @Column(length = 20)
    public String reference;

    /** The form token or Idempotency-Key the application was started with: a repeat finds it again. */
    @Column(name = "creation_token", length = 64)
    public String creationToken;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "round_id", nullable = false)
    public SubsidyRound round;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "ikc_id", nullable = false)
    public Ikc ikc;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public ApplicationStatus status = ApplicationStatus.CONCEPT;

    @Column(name = "why_text", columnDefinition = "TEXT")
    public String why;

    @Column(name = "how_text", columnDefinition = "TEXT")
    public String how;

    @Column(name = "what_text", columnDefinition = "TEXT")
    public String what;

    /** How the team, the parents' councils and the MR/IKC-raad support the plan ("van onderop"). */
    @Column(name = "support_text", columnDefinition = "TEXT")
    public String support;

    /** The IKC introduces verplicht verlengde leertijd (a priority rule of some rounds). */
    @Column(name = "extended_learning_time", nullable = false)
    public boolean extendedLearningTime;

    /** Always the sum of the budget lines' amounts. */
    @Column(name = "requested_amount", nullable = false, precision = 12, scale = 2)
    public BigDecimal requestedAmount = BigDecimal.ZERO;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    public String updatedBy;

    @ElementCollection
    @CollectionTable(name = "application_self_assessment", joinColumns = @JoinColumn(name = "application_id"))
    @OrderBy("criterion")
    public List<SelfAssessmentEntry> selfAssessment = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "application_budget_line", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    public List<BudgetLine> budgetLines = new ArrayList<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "application_partner", joinColumns = @JoinColumn(name = "application_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    @OrderBy("name")
    public Set<Organisation> partners = new LinkedHashSet<>();

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("uploadedAt")
    public List<ApplicationAttachment> attachments = new ArrayList<>();

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("requestedOn, id")
    public List<CompletionRequest> completionRequests = new ArrayList<>();

    @Version
    public long version;

    /**
     * This application is the result of a submission based on {@code basedOn}: it is submitted and
     * nothing changed it since (the submission raised the version by exactly one). A request repeating
     * that submission is answered with the application as it is.
     */
    public boolean isSubmissionFrom(Long basedOn) {
        return status == ApplicationStatus.INGEDIEND && basedOn != null && basedOn + 1 == version;
    }

    public void replaceBudget(List<BudgetLine> lines) {
        budgetLines.clear();
        budgetLines.addAll(lines);
        requestedAmount = lines.stream().map(l -> l.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Sends the application in: a draft gets its reference; a completed one ends its suspension. */
    public void submit(Instant now, String newReference) {
        ApplicationStatus from = status;
        moveTo(ApplicationStatus.INGEDIEND);
        if (from == ApplicationStatus.CONCEPT) {
            reference = newReference;
            submittedAt = now;
            submittedAmount = requestedAmount;
        } else {
            openCompletionRequest().ifPresent(r -> r.completedOn = LocalDate.ofInstant(now, ClockProducer.AMSTERDAM));
        }
    }

    public void withdraw() {
        moveTo(ApplicationStatus.INGETROKKEN);
        openCompletionRequest().ifPresent(r -> r.completedOn = r.completedOn == null ? r.requestedOn : r.completedOn);
    }

    /** Complete after all; an open request to complete ends today (the projectleider decides it is enough). */
    public void declareComplete(LocalDate today) {
        moveTo(ApplicationStatus.ONTVANKELIJK);
        openCompletionRequest().ifPresent(r -> r.completedOn = today);
    }

    /** Not completed within the term: the application is not considered (buiten behandeling, Awb 4:5). */
    public void setAside(LocalDate today) {
        CompletionRequest open = openCompletionRequest().orElseThrow(() -> new IllegalTransitionException(
                "Alleen een aanvraag waarvoor aanvulling is gevraagd kan buiten behandeling worden gesteld."));
        if (!today.isAfter(open.dueOn)) {
            throw new IllegalTransitionException("De termijn voor aanvullen loopt nog tot en met " + open.dueOn + ".");
        }
        moveTo(ApplicationStatus.AFGEWEZEN);
        open.completedOn = open.dueOn.plusDays(1);
    }

    public CompletionRequest requestCompletion(String missing, LocalDate dueOn, LocalDate today, String by) {
        moveTo(ApplicationStatus.AANVULLING_GEVRAAGD);
        CompletionRequest request = new CompletionRequest();
        request.application = this;
        request.missing = missing;
        request.dueOn = dueOn;
        request.requestedOn = today;
        request.requestedBy = by;
        completionRequests.add(request);
        return request;
    }

    public Optional<CompletionRequest> openCompletionRequest() {
        return completionRequests.stream().filter(r -> r.completedOn == null).findFirst();
    }

    /** The date by which the college must decide; null before submission. */
    public LocalDate decisionDeadline(LocalDate today) {
        if (submittedAt == null) {
            return null;
        }
        LocalDate received = LocalDate.ofInstant(submittedAt, ClockProducer.AMSTERDAM);
        return DecisionTerm.deadline(received, round.decisionTermWeeks,
                completionRequests.stream().map(CompletionRequest::asSuspension).toList(), today);
    }

    /** The commissie starts assessing: only from ONTVANKELIJK; later assessments leave the status as it is. */
    public boolean startAssessment() {
        if (status != ApplicationStatus.ONTVANKELIJK) {
            return false;
        }
        moveTo(ApplicationStatus.IN_BEOORDELING);
        return true;
    }

    /** The advice for the college is established. */
    public void markAdvised() {
        moveTo(ApplicationStatus.GEADVISEERD);
    }

    /** The college's decision (or the new decision after an upheld objection) sets the status. */
    public void decide(ApplicationStatus outcome) {
        if (!outcome.isDecided() || outcome == ApplicationStatus.VASTGESTELD) {
            throw new IllegalArgumentException("Not a decision outcome: " + outcome);
        }
        moveTo(outcome);
    }

    /** The subsidy is settled from the approved yearly report (Awb 4:42-4:47); the grant is final. */
    public void settle() {
        moveTo(ApplicationStatus.VASTGESTELD);
    }

    void moveTo(ApplicationStatus target) {
        if (!status.canMoveTo(target)) {
            throw new IllegalTransitionException("Een aanvraag met status " + status.label() + " kan niet naar "
                    + target.label() + ".");
        }
        status = target;
    }

    public static Optional<SubsidyApplication> findByCreationToken(String token) {
        return find("creationToken", token).firstResultOptional();
    }

    public static List<SubsidyApplication> listForRound(long roundId) {
        return find("select a from SubsidyApplication a join fetch a.ikc i join fetch i.schoolBoard "
                + "left join fetch i.priorityArea join fetch a.round where a.round.id = ?1 order by i.name, a.id", roundId)
                .list();
    }

    /**
     * One page of a round's applications (or of all rounds' when {@code roundId} is null, newest round
     * first), narrowed by the filter, ordered by IKC name; with the IKC, its
     * school board and aandachtsgebied fetched in the same query. {@code submittedOnly} leaves out drafts.
     */
    public static nl.ikcregie.shared.Page<SubsidyApplication> page(Long roundId, ApplicationFilter filter,
            boolean submittedOnly, String requestedPage, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (roundId != null) {
            where.append(" and a.round.id = :round");
            parameters.put("round", roundId);
        }
        if (submittedOnly) {
            where.append(" and a.status <> :draft");
            parameters.put("draft", ApplicationStatus.CONCEPT);
        }
        if (filter.status() != null) {
            where.append(" and a.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.search() != null) {
            where.append(" and (lower(i.name) like :search escape '!' or lower(a.reference) like :search escape '!')");
            parameters.put("search", filter.likePattern());
        }
        if (filter.area() == ApplicationFilter.Area.BINNEN) {
            where.append(" and i.priorityArea is not null");
        } else if (filter.area() == ApplicationFilter.Area.BUITEN) {
            where.append(" and i.priorityArea is null");
        }
        var count = getEntityManager().createQuery("select count(a) from SubsidyApplication a join a.ikc i" + where,
                Long.class);
        parameters.forEach(count::setParameter);
        long total = count.getSingleResult();
        int number = nl.ikcregie.shared.Page.clamp(requestedPage, size, total);
        var page = getEntityManager().createQuery("select a from SubsidyApplication a join fetch a.ikc i "
                + "join fetch i.schoolBoard left join fetch i.priorityArea join fetch a.round" + where
                + " order by a.round.year desc, a.round.id desc, i.name, a.id", SubsidyApplication.class);
        parameters.forEach(page::setParameter);
        List<SubsidyApplication> items = total == 0 ? List.of()
                : page.setFirstResult((number - 1) * size).setMaxResults(size).getResultList();
        fetchCompletionRequests(items);
        return new nl.ikcregie.shared.Page<>(items, number, size, total);
    }

    /**
     * Loads the completion requests (herstelverzuim) of these applications in one query, so that reading
     * their decision deadlines in a list costs no statement per application.
     */
    public static void fetchCompletionRequests(List<SubsidyApplication> applications) {
        if (!applications.isEmpty()) {
            getEntityManager().createQuery("select distinct a from SubsidyApplication a left join fetch a.completionRequests "
                    + "where a in ?1", SubsidyApplication.class).setParameter(1, applications).getResultList();
        }
    }

    /** Per round: its applications counted and summed by status and by inside/outside an aandachtsgebied. */
    public static Map<Long, List<RoundOverview.Tally>> talliesPerRound(Collection<Long> roundIds) {
        Map<Long, List<RoundOverview.Tally>> tallies = new HashMap<>();
        if (roundIds.isEmpty()) {
            return tallies;
        }
        List<Object[]> rows = getEntityManager().createQuery("select a.round.id, a.status, "
                + "case when i.priorityArea is null then false else true end, count(a), "
                + "coalesce(sum(a.requestedAmount), 0) from SubsidyApplication a join a.ikc i where a.round.id in ?1 "
                + "group by a.round.id, a.status, case when i.priorityArea is null then false else true end",
                Object[].class).setParameter(1, roundIds).getResultList();
        for (Object[] row : rows) {
            tallies.computeIfAbsent((Long) row[0], r -> new ArrayList<>()).add(new RoundOverview.Tally(
                    (ApplicationStatus) row[1], (Boolean) row[2], (Long) row[3], (BigDecimal) row[4]));
        }
        return tallies;
    }

    /** Found complete in a round that closed: what the commissie may assess, with what the conflict rule reads. */
    public static List<SubsidyApplication> listAssessable(Long roundId) {
        String query = "select distinct a from SubsidyApplication a join fetch a.round r join fetch a.ikc i "
                + "join fetch i.schoolBoard left join fetch i.childcarePartners "
                + "where r.status not in ?1 and a.status in ?2" + (roundId == null ? "" : " and r.id = ?3")
                + " order by r.year desc, r.id desc, i.name, a.id";
        List<Object> parameters = new ArrayList<>(List.of(List.of(RoundStatus.CONCEPT, RoundStatus.OPEN),
                List.of(ApplicationStatus.ONTVANKELIJK, ApplicationStatus.IN_BEOORDELING, ApplicationStatus.GEADVISEERD)));
        if (roundId != null) {
            parameters.add(roundId);
        }
        return find(query, parameters.toArray()).list();
    }

    public static List<SubsidyApplication> listAll() {
        return find("select a from SubsidyApplication a join fetch a.ikc i join fetch i.schoolBoard "
                + "left join fetch i.priorityArea join fetch a.round r order by r.year desc, i.name, a.id").list();
    }

    /** Submitted applications the college has not decided on yet (their decision term runs). */
    public static List<SubsidyApplication> listAwaitingDecision() {
        return find("select distinct a from SubsidyApplication a join fetch a.ikc i join fetch a.round r "
                + "left join fetch a.completionRequests where a.status in ?1",
                java.util.EnumSet.of(ApplicationStatus.INGEDIEND, ApplicationStatus.AANVULLING_GEVRAAGD,
                        ApplicationStatus.ONTVANKELIJK, ApplicationStatus.IN_BEOORDELING, ApplicationStatus.GEADVISEERD))
                .list();
    }

    /** Applications of IKCs whose school board or childcare partner is this organisation. */
    public static List<SubsidyApplication> listForOrganisation(long organisationId) {
        return find("select a from SubsidyApplication a join fetch a.ikc i join fetch i.schoolBoard "
                + "left join fetch i.priorityArea join fetch a.round r where i.schoolBoard.id = ?1 or i.id in "
                + "(select j.id from Ikc j join j.childcarePartners p where p.id = ?1) order by r.year desc, i.name, a.id",
                organisationId).list();
    }

    /** The sum requested by the IKC's other applications in rounds of the same year that count. */
    public static BigDecimal requestedByOthersInYear(long ikcId, int year, Long excludeId) {
        List<SubsidyApplication> others = find("ikc.id = ?1 and round.year = ?2", ikcId, year).list();
        return others.stream().filter(a -> !a.id.equals(excludeId) && a.claimsYearlyMaximum())
                .map(a -> a.requestedAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Per IKC, what each of its applications in rounds of that year claims of the yearly maximum (in one
     * query, for a whole round): the amounts of the applications that count, by application id.
     */
    public static Map<Long, Map<Long, BigDecimal>> claimsInYear(Collection<Long> ikcIds, int year) {
        Map<Long, Map<Long, BigDecimal>> claims = new HashMap<>();
        if (ikcIds.isEmpty()) {
            return claims;
        }
        List<SubsidyApplication> applications = find("select a from SubsidyApplication a join fetch a.round r "
                + "where a.ikc.id in ?1 and r.year = ?2", ikcIds, year).list();
        for (SubsidyApplication a : applications) {
            if (a.claimsYearlyMaximum()) {
                claims.computeIfAbsent(a.ikc.id, i -> new HashMap<>()).put(a.id, a.requestedAmount);
            }
        }
        return claims;
    }

    /** Whether this application takes part of its IKC's yearly maximum. */
    boolean claimsYearlyMaximum() {
        // a draft in a round that no longer takes applications can never be submitted, so it claims nothing
        return status.countsTowardsMaximum()
                && (status != ApplicationStatus.CONCEPT || round.status == nl.ikcregie.round.RoundStatus.OPEN);
    }
}
