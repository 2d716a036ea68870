package nl.ikcregie.designation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.ikcregie.organisation.Ikc;
import nl.ikcregie.organisation.IkcCategory;
import nl.ikcregie.shared.IllegalTransitionException;

/**
 * A Plus-IKC predicaat of one IKC: proposed, its eleven conditions checked, granted (or refused or
 * withdrawn), reviewed at each herijking, ended. The entity owns its status; no other code sets it.
 */
@Entity
@Table(name = "plus_designation")
public class PlusDesignation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "ikc_id", nullable = false)
    public Ikc ikc;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public DesignationStatus status;

    @Column(name = "proposed_on", nullable = false)
    public LocalDate proposedOn;

    @Column(name = "proposed_by", nullable = false, length = 100)
    public String proposedBy;

    @Column(name = "proposal_note", length = 4000)
    public String proposalNote;

    /** The date of the decision (the college's, recorded by the projectleider or a bestuurder). */
    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "decided_by", length = 100)
    public String decidedBy;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_until")
    public LocalDate validUntil;

    /** The next herijking (herijkingOp); none once ended or when the term ends first. */
    @Column(name = "review_on")
    public LocalDate reviewOn;

    /** Why the predicaat was granted although a condition was not (yet) met. */
    @Column(name = "exception_reason", length = 4000)
    public String exceptionReason;

    /** The IKC's category before the grant, restored when the predicaat ends. */
    @Enumerated(EnumType.STRING)
    @Column(name = "previous_category", length = 20)
    public IkcCategory previousCategory;

    /** When a proposal was refused or withdrawn, or a predicaat ended, and why. */
    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "closing_reason", length = 4000)
    public String closingReason;

    /** Set when something (a change of the aandachtsgebied) calls for a herijking before its date. */
    @Column(name = "review_flagged_on")
    public LocalDate reviewFlaggedOn;

    @Column(name = "review_flag_reason", length = 2000)
    public String reviewFlagReason;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    public String updatedBy;

    @OneToMany(mappedBy = "designation", cascade = CascadeType.ALL, orphanRemoval = true)
    @org.hibernate.annotations.BatchSize(size = 50)
    @OrderBy("number")
    public List<DesignationCondition> conditions = new ArrayList<>();

    @OneToMany(mappedBy = "designation", cascade = CascadeType.ALL, orphanRemoval = true)
    @org.hibernate.annotations.BatchSize(size = 50)
    @OrderBy("reviewedOn, id")
    public List<DesignationReview> reviews = new ArrayList<>();

    @Version
    public long version;

    /** A new proposal with its eleven conditions, none met yet. */
    public static PlusDesignation propose(Ikc ikc, LocalDate on, String by, String note) {
        PlusDesignation d = new PlusDesignation();
        d.ikc = ikc;
        d.status = DesignationStatus.VOORGESTELD;
        d.proposedOn = on;
        d.proposedBy = by;
        d.proposalNote = note;
        for (int n = 1; n <= PlusConditions.COUNT; n++) {
            DesignationCondition c = new DesignationCondition();
            c.designation = d;
            c.number = n;
            d.conditions.add(c);
        }
        return d;
    }

    public DesignationCondition condition(int number) {
        return conditions.stream().filter(c -> c.number == number).findFirst().orElse(null);
    }

    /** The numbers of the conditions not (yet) met. */
    public List<Integer> unmetConditions() {
        return conditions.stream().filter(c -> !c.met).map(c -> c.number).toList();
    }

    public long metCount() {
        return conditions.stream().filter(c -> c.met).count();
    }

    /** Grants the predicaat from {@code validFrom} for its term; the service has checked the conditions. */
    public void grant(LocalDate decidedOn, String by, LocalDate validFrom, String exceptionReason,
            IkcCategory categoryBefore) {
        move(DesignationStatus.TOEGEKEND);
        this.decidedOn = decidedOn;
        this.decidedBy = by;
        this.validFrom = validFrom;
        this.validUntil = DesignationTerms.validUntil(validFrom);
        this.reviewOn = DesignationTerms.firstReview(validFrom, validUntil);
        this.exceptionReason = exceptionReason;
        this.previousCategory = categoryBefore == IkcCategory.PLUS ? IkcCategory.REGULIER : categoryBefore;
    }

    public void reject(LocalDate on, String reason) {
        move(DesignationStatus.AFGEWEZEN);
        close(on, reason);
    }

    public void withdraw(LocalDate on, String reason) {
        move(DesignationStatus.INGETROKKEN);
        close(on, reason);
    }

    /** Ends a granted predicaat; it stays valid until {@code lastDay} (a notice period, Awb 4:51). */
    public void end(LocalDate on, LocalDate lastDay, String reason) {
        move(DesignationStatus.BEEINDIGD);
        close(on, reason);
        this.validUntil = lastDay;
        this.reviewOn = null;
        clearFlag();
    }

    /**
     * Records a herijking. Continuing or adjusting sets the next herijking; an outcome of ending is
     * followed by {@link #end} (with {@code newValidUntil} as the last day), which the service does.
     */
    public DesignationReview review(LocalDate on, ReviewOutcome outcome, String reason, boolean areaValid,
            LocalDate newValidUntil, String by, Instant at) {
        if (status != DesignationStatus.TOEGEKEND) {
            throw new IllegalTransitionException("Alleen een toegekend predicaat wordt herijkt; dit predicaat is "
                    + status.label().toLowerCase() + ".");
        }
        DesignationReview r = new DesignationReview();
        r.designation = this;
        r.reviewedOn = on;
        r.outcome = outcome;
        r.reason = reason;
        r.areaValid = areaValid;
        r.unmetConditions = unmetConditions().stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse(null);
        r.validUntilBefore = validUntil;
        r.recordedBy = by;
        r.recordedAt = at;
        if (outcome == ReviewOutcome.AANPASSEN && newValidUntil != null) {
            validUntil = newValidUntil;
        }
        r.validUntilAfter = outcome == ReviewOutcome.BEEINDIGEN && newValidUntil != null ? newValidUntil : validUntil;
        if (outcome != ReviewOutcome.BEEINDIGEN) {
            reviewOn = DesignationTerms.nextReview(validFrom, validUntil, on);
            clearFlag();
        }
        r.nextReviewOn = outcome == ReviewOutcome.BEEINDIGEN ? null : reviewOn;
        reviews.add(r);
        return r;
    }

    /** Marks that a herijking is needed before its date; the first reason stays until a review. */
    public boolean flag(LocalDate on, String reason) {
        if (status != DesignationStatus.TOEGEKEND || reviewFlaggedOn != null) {
            return false;
        }
        reviewFlaggedOn = on;
        reviewFlagReason = reason;
        return true;
    }

    public boolean isFlagged() {
        return reviewFlaggedOn != null;
    }

    /** Whether the herijking is due on {@code today} (only for a granted predicaat). */
    public boolean reviewDue(LocalDate today) {
        return status == DesignationStatus.TOEGEKEND && DesignationTerms.reviewDue(reviewOn, isFlagged(),
                areaValidOn(today), validUntil, today);
    }

    /** Due, or coming up within {@value DesignationTerms#ATTENTION_DAYS} days. */
    public boolean reviewNeedsAttention(LocalDate today) {
        return reviewDue(today)
                || (status == DesignationStatus.TOEGEKEND && DesignationTerms.reviewComingUp(reviewOn, today));
    }

    public boolean areaValidOn(LocalDate day) {
        return ikc.priorityArea != null && ikc.priorityArea.isValidOn(day);
    }

    /** Why the herijking needs attention, as a person reads it; empty when it does not. */
    public String dueReason(LocalDate today) {
        if (status != DesignationStatus.TOEGEKEND) {
            return "";
        }
        if (isFlagged()) {
            return reviewFlagReason + " (gemeld op " + nl.ikcregie.shared.Dates.dutch(reviewFlaggedOn) + ").";
        }
        if (!areaValidOn(today)) {
            return ikc.priorityArea == null ? "Het IKC ligt niet meer in een aandachtsgebied."
                    : "Het aandachtsgebied " + ikc.priorityArea.name + " is vandaag niet geldig (geldig tot en met "
                            + nl.ikcregie.shared.Dates.dutch(ikc.priorityArea.validUntil) + ").";
        }
        if (validUntil.isBefore(today)) {
            return "De looptijd is verstreken op " + nl.ikcregie.shared.Dates.dutch(validUntil)
                    + "; beëindig het predicaat of draag het IKC opnieuw voor.";
        }
        if (reviewOn != null && !reviewOn.isAfter(today)) {
            return "De tweejaarlijkse herijking was gepland op " + nl.ikcregie.shared.Dates.dutch(reviewOn) + ".";
        }
        if (reviewOn != null && DesignationTerms.reviewComingUp(reviewOn, today)) {
            return "De tweejaarlijkse herijking, samen met de herijking van de aandachtsgebieden, valt op "
                    + nl.ikcregie.shared.Dates.dutch(reviewOn) + ".";
        }
        return "";
    }

    /** The date a person sees first in the herijking column: the flag's, else the planned one. */
    public LocalDate reviewDueDate() {
        return reviewFlaggedOn != null ? reviewFlaggedOn : reviewOn;
    }

    private void close(LocalDate on, String reason) {
        closedOn = on;
        closingReason = reason;
    }

    private void clearFlag() {
        reviewFlaggedOn = null;
        reviewFlagReason = null;
    }

    private void move(DesignationStatus target) {
        if (!status.canMoveTo(target)) {
            throw new IllegalTransitionException("Een predicaat met status " + status.label().toLowerCase()
                    + " kan niet naar " + target.label().toLowerCase() + ".");
        }
        status = target;
    }

    // ---- finders ------------------------------------------------------------------------------

    private static final String WITH_IKC = "select d from PlusDesignation d join fetch d.ikc i "
            + "join fetch i.schoolBoard left join fetch i.priorityArea ";

    public static List<PlusDesignation> listAll() {
        return find(WITH_IKC + "order by i.name, d.proposedOn desc, d.id desc").list();
    }

    public static List<PlusDesignation> listForIkc(long ikcId) {
        return find(WITH_IKC + "where i.id = ?1 order by d.proposedOn, d.id", ikcId).list();
    }

    /** The designations of the IKCs an organisation takes part in (school board or childcare partner). */
    public static List<PlusDesignation> listForOrganisation(long organisationId) {
        return find(WITH_IKC + "where i.schoolBoard.id = ?1 or i.id in "
                + "(select j.id from Ikc j join j.childcarePartners p where p.id = ?1) order by i.name, d.proposedOn desc",
                organisationId).list();
    }

    public static List<PlusDesignation> listGranted() {
        return find(WITH_IKC + "where d.status = ?1 order by i.name", DesignationStatus.TOEGEKEND).list();
    }

    /** The granted predicaten of the IKCs in one aandachtsgebied. */
    public static List<PlusDesignation> listGrantedInArea(long areaId) {
        return find(WITH_IKC + "where d.status = ?1 and i.priorityArea.id = ?2", DesignationStatus.TOEGEKEND, areaId)
                .list();
    }

    public static Optional<PlusDesignation> findActiveForIkc(long ikcId) {
        return find("ikc.id = ?1 and status in ?2", ikcId,
                List.of(DesignationStatus.VOORGESTELD, DesignationStatus.TOEGEKEND)).firstResultOptional();
    }

    public static Optional<PlusDesignation> findWithIkc(long id) {
        return find(WITH_IKC + "where d.id = ?1", id).singleResultOptional();
    }
}
