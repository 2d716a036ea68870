package nl.ikcregie.application;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.Set;
import nl.ikcregie.organisation.Ikc;
import nl.ikcregie.organisation.IkcService;
import nl.ikcregie.organisation.Organisation;
import nl.ikcregie.round.RoundService;
import nl.ikcregie.round.RoundStatus;
import nl.ikcregie.round.SubsidyRound;
import nl.ikcregie.shared.AuditEvent;
import nl.ikcregie.shared.AuditLog;
import nl.ikcregie.shared.Caller;
import nl.ikcregie.shared.ClockProducer;
import nl.ikcregie.shared.ConflictException;
import nl.ikcregie.shared.Dates;
import nl.ikcregie.shared.ForbiddenException;
import nl.ikcregie.shared.InputRules;
import nl.ikcregie.shared.Page;
import nl.ikcregie.shared.InvalidInputException;
import nl.ikcregie.shared.Changes;
import nl.ikcregie.shared.Money;
import nl.ikcregie.shared.NotFoundException;
import nl.ikcregie.shared.Roles;

/**
 * Aanvragen: who may see and change them, the rules for their content (one place for form and
 * API), submission with a receipt, the completeness check and every status change recorded.
 */
@ApplicationScoped
@Transactional
public class ApplicationService {

    public static final String AUDIT_TYPE = "AANVRAAG";
    static final int MAX_TEXT = 10_000;
    static final int MAX_SUPPORT = 4_000;
    static final int MAX_BUDGET_LINES = 50;
    /** More childcare partners than any IKC has; a longer list is refused. */
    static final int MAX_PARTNERS = 20;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    RoundService rounds;

    @Inject
    IkcService ikcs;

    @Inject
    Event<ApplicationSubmitted> submitted;

    @Inject
    Event<ApplicationStatusChanged> statusChanged;

    @Inject
    ConflictsOfInterest conflicts;

    // ---- reading -------------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SubsidyApplication> listVisible(Long roundId) {
        List<SubsidyApplication> all;
        if (caller.hasRole(Roles.PROJECTLEIDER)) {
            all = roundId == null ? SubsidyApplication.listAll() : SubsidyApplication.listForRound(roundId);
        } else if (caller.hasRole(Roles.BESTUURDER)) {
            all = (roundId == null ? SubsidyApplication.listAll() : SubsidyApplication.listForRound(roundId)).stream()
                    .filter(a -> a.status.isSubmitted()).toList();
        } else if (caller.hasRole(Roles.COMMISSIELID)) {
            all = (roundId == null ? SubsidyApplication.listAll() : SubsidyApplication.listForRound(roundId)).stream()
                    .filter(this::canRead).toList();
        } else if (caller.hasRole(Roles.AANVRAGER) && caller.organisationId().isPresent()) {
            all = SubsidyApplication.listForOrganisation(caller.organisationId().get());
            if (roundId != null) {
                all = all.stream().filter(a -> a.round.id.equals(roundId)).toList();
            }
        } else {
            all = List.of();
        }
        return all;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SubsidyApplication getVisible(long id) {
        SubsidyApplication application = SubsidyApplication.findById(id);
        if (application == null || !canRead(application)) {
            throw new NotFoundException("Aanvraag");
        }
        return application;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEvent> history(long id) {
        getVisible(id);
        return audit.history(AUDIT_TYPE, id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean canRead(SubsidyApplication application) {
        if (caller.hasRole(Roles.PROJECTLEIDER)) {
            return true;
        }
        if (caller.hasRole(Roles.BESTUURDER)) {
            return application.status.isSubmitted();
        }
        if (caller.hasRole(Roles.COMMISSIELID)) {
            return isAssessable(application) && !hasConflict(application);
        }
        return caller.hasRole(Roles.AANVRAGER) && caller.organisationId().filter(application.ikc::involves).isPresent();
    }

    /** The commissie sees an application once its round closed and it was found complete. */
    public static boolean isAssessable(SubsidyApplication application) {
        return application.round.status != RoundStatus.CONCEPT && application.round.status != RoundStatus.OPEN
                && (application.status == ApplicationStatus.ONTVANKELIJK
                        || application.status == ApplicationStatus.IN_BEOORDELING
                        || application.status == ApplicationStatus.GEADVISEERD);
    }

    /** A member never meets an application of their own organisation (as school board or partner) or one they declared. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasConflict(SubsidyApplication application) {
        return conflictReason(application, caller.organisationId().orElse(null),
                conflicts.declared(application.id, caller.username())).isPresent();
    }

    /**
     * Why a commissielid of the given organisation keeps away from an application (the conflict rule,
     * for the caller and for the projectleider assigning others): empty when there is no conflict.
     */
    public static Optional<String> conflictReason(SubsidyApplication application, Long memberOrganisationId,
            boolean declared) {
        if (memberOrganisationId != null && application.ikc.schoolBoard.id.equals(memberOrganisationId)) {
            return Optional.of("eigen organisatie (schoolbestuur van het IKC)");
        }
        if (memberOrganisationId != null && application.ikc.involves(memberOrganisationId)) {
            return Optional.of("eigen organisatie (kinderopvangpartner van het IKC)");
        }
        return declared ? Optional.of("belangenverstrengeling gemeld") : Optional.empty();
    }

    /**
     * The applications the commissie assesses now (see {@link #isAssessable}), of one round or of all,
     * with their round, IKC, school board and partners, in one query: for work lists and assignment.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SubsidyApplication> assessableApplications(Long roundId) {
        if (!caller.hasAnyRole(Roles.PROJECTLEIDER, Roles.COMMISSIELID)) {
            throw new ForbiddenException("De beoordeling is voor de projectleider en de IKC-commissie.");
        }
        return SubsidyApplication.listAssessable(roundId).stream().filter(ApplicationService::isAssessable).toList();
    }

    /** The first assessment puts the application in assessment. */
    public void startAssessment(SubsidyApplication application) {
        if (application.startAssessment()) {
            audit.record(AUDIT_TYPE, application.id, "IN_BEOORDELING", ApplicationStatus.ONTVANKELIJK.name(),
                    application.status.name(), null, "Eerste beoordeling door de commissie");
            changed(application, ApplicationStatus.ONTVANKELIJK);
        }
    }

    /** The advice for the college is established (called within the advice's transaction). */
    public void markAdvised(SubsidyApplication application, String details) {
        ApplicationStatus from = application.status;
        application.markAdvised();
        audit.record(AUDIT_TYPE, application.id, "GEADVISEERD", from.name(), application.status.name(), null, details);
        changed(application, from);
    }

    /** The college's decision sets the status (called within the decision's transaction). */
    public void recordDecision(SubsidyApplication application, ApplicationStatus outcome, String reason, String details) {
        ApplicationStatus from = application.status;
        application.decide(outcome);
        audit.record(AUDIT_TYPE, application.id, "BESLOTEN", from.name(), application.status.name(), reason, details);
        changed(application, from);
    }

    /** The subsidy was settled (vaststelling): the application becomes VASTGESTELD, recorded in its history. */
    public void recordSettlement(SubsidyApplication application, String details) {
        ApplicationStatus from = application.status;
        application.settle();
        audit.record(AUDIT_TYPE, application.id, "VASTGESTELD", from.name(), application.status.name(), null, details);
        changed(application, from);
    }

    /** Only the school board's own aanvragers change, submit, withdraw or delete its applications. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean canChange(SubsidyApplication application) {
        return caller.hasRole(Roles.AANVRAGER)
                && caller.organisationId().filter(org -> org.equals(application.ikc.schoolBoard.id)).isPresent();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public YearlyMaximum yearlyMaximum(SubsidyApplication application) {
        return yearlyMaximum(application.round, application.ikc, application.id);
    }

    /**
     * The yearly maximum of each application, by application id, in a fixed number of queries per round
     * whatever the number of applications (for the advice over thousands, and for lists).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, YearlyMaximum> yearlyMaxima(List<SubsidyApplication> applications) {
        Map<Long, YearlyMaximum> maxima = new java.util.HashMap<>();
        Map<SubsidyRound, List<SubsidyApplication>> perRound = new java.util.LinkedHashMap<>();
        applications.forEach(a -> perRound.computeIfAbsent(a.round, r -> new ArrayList<>()).add(a));
        perRound.forEach((round, ofRound) -> {
            List<Long> ikcIds = ofRound.stream().map(a -> a.ikc.id).distinct().toList();
            Map<Long, Integer> children = round.maximum.countDate == null ? Map.of()
                    : ikcs.childCountsOn(ikcIds, round.maximum.countDate);
            Map<Long, Map<Long, BigDecimal>> claims = SubsidyApplication.claimsInYear(ikcIds, round.year);
            for (SubsidyApplication a : ofRound) {
                BigDecimal others = claims.getOrDefault(a.ikc.id, Map.of()).entrySet().stream()
                        .filter(e -> !e.getKey().equals(a.id)).map(Map.Entry::getValue)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                maxima.put(a.id, new YearlyMaximum(round.maximum.forChildren(children.get(a.ikc.id)), others));
            }
        });
        return maxima;
    }

    private YearlyMaximum yearlyMaximum(SubsidyRound round, Ikc ikc, Long excludeId) {
        Integer children = round.maximum.countDate == null ? null
                : ikcs.childCountOn(ikc.id, round.maximum.countDate).orElse(null);
        return new YearlyMaximum(round.maximum.forChildren(children),
                SubsidyApplication.requestedByOthersInYear(ikc.id, round.year, excludeId));
    }

    /** The round at a glance, for the municipality (projectleider and college). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RoundOverview overview(long roundId) {
        if (!caller.hasAnyRole(Roles.PROJECTLEIDER, Roles.BESTUURDER)) {
            throw new ForbiddenException("Het overzicht van een ronde is voor de projectleider en het college.");
        }
        SubsidyRound round = rounds.getVisible(roundId);
        return RoundOverview.of(SubsidyApplication.talliesPerRound(List.of(roundId)).getOrDefault(roundId, List.of()),
                round.budgetCeiling);
    }

    /** How many applications a page of a round's list shows. */
    public static final int PAGE_SIZE = 50;

    /** A page of the round's applications for the municipality; the college sees no drafts. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SubsidyApplication> pageForRound(long roundId, ApplicationFilter filter, String page) {
        if (!caller.hasAnyRole(Roles.PROJECTLEIDER, Roles.BESTUURDER)) {
            throw new ForbiddenException("Het overzicht van een ronde is voor de projectleider en het college.");
        }
        rounds.getVisible(roundId);
        return SubsidyApplication.page(roundId, filter, !caller.hasRole(Roles.PROJECTLEIDER), page, PAGE_SIZE);
    }

    /**
     * A page of what {@link #listVisible} gives: paged in the database for the municipality (who sees
     * every IKC's applications), from the short list of their own for everyone else.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SubsidyApplication> pageVisible(Long roundId, String page, int size) {
        if (caller.hasAnyRole(Roles.PROJECTLEIDER, Roles.BESTUURDER)) {
            return SubsidyApplication.page(roundId, ApplicationFilter.NONE, !caller.hasRole(Roles.PROJECTLEIDER), page,
                    size);
        }
        return Page.of(listVisible(roundId), page, size);
    }

    /** A round with its figures, for the start pages. */
    public record RoundSummary(SubsidyRound round, RoundOverview overview) {
    }

    /** The rounds that are running (open or being assessed) with their figures, for the municipality. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RoundSummary> runningRounds() {
        if (!caller.hasAnyRole(Roles.PROJECTLEIDER, Roles.BESTUURDER)) {
            return List.of();
        }
        List<SubsidyRound> running = rounds.listVisible().stream()
                .filter(r -> r.status != RoundStatus.AFGESLOTEN && r.status != RoundStatus.CONCEPT).toList();
        Map<Long, List<RoundOverview.Tally>> tallies = SubsidyApplication.talliesPerRound(
                running.stream().map(r -> r.id).toList());
        return running.stream()
                .map(r -> new RoundSummary(r, RoundOverview.of(tallies.getOrDefault(r.id, List.of()), r.budgetCeiling)))
                .toList();
    }

    /** Rounds in which the caller can start an application now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SubsidyRound> roundsOpenForApplications() {
        Instant now = clock.instant();
        return rounds.listVisible().stream().filter(r -> r.status == RoundStatus.OPEN && now.isBefore(r.closesAt)).toList();
    }

    // ---- the applicant ---------------------------------------------------------------------

    /** The IKCs for which the caller may start an application: those of its own school board. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Ikc> ownIkcs() {
        if (!caller.hasRole(Roles.AANVRAGER) || caller.organisationId().isEmpty()) {
            return List.of();
        }
        long org = caller.organisationId().get();
        return ikcs.listForOrganisation(org).stream().filter(i -> i.schoolBoard.id == org).toList();
    }

    /** The longest creation token (form token or Idempotency-Key) an application keeps. */
    public static final int MAX_CREATION_TOKEN = 64;

    static final String CREATION_TOKEN_FIELD = "aanmaaktoken";

    static final String CREATION_TOKEN_CONSTRAINT = "uq_subsidy_application_creation_token";

    /** A started draft, and whether an earlier post with the same token had already started it. */
    public record NewDraft(long id, boolean repeated) {
    }

    /**
     * Starts a draft for one of the caller's own IKCs. With a token (the form's, or an API call's
     * Idempotency-Key) a repeat of the same start answers with the draft the first one made; a token
     * that belongs to another start (another organisation, round or IKC) is a conflict that names nothing of it.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public NewDraft createDraft(long roundId, String ikcIdText, String token) {
        if (!caller.hasRole(Roles.AANVRAGER)) {
            throw new ForbiddenException("Alleen een aanvrager van een schoolbestuur start een aanvraag.");
        }
        InputRules rules = new InputRules();
        Long ikcId = rules.requiredId("ikcId", ikcIdText);
        String key = rules.optional(CREATION_TOKEN_FIELD, token, MAX_CREATION_TOKEN);
        rules.throwIfAny();
        try {
            return QuarkusTransaction.requiringNew().call(() -> createOrRepeat(roundId, ikcId, key));
        } catch (RuntimeException e) {
            if (key == null || !violates(e, CREATION_TOKEN_CONSTRAINT)) {
                throw e;
            }
            // a post with the same token inserted first, between our look-up and our insert: answer with its draft
            Log.debugf("Creation token %s was used by a simultaneous post; answering with its draft", key);
            return QuarkusTransaction.requiringNew().call(() -> repeatOf(key, roundId, ikcId).orElseThrow(() -> e));
        }
    }

    private NewDraft createOrRepeat(long roundId, long ikcId, String token) {
        if (token != null) {
            Optional<NewDraft> earlier = repeatOf(token, roundId, ikcId);
            if (earlier.isPresent()) {
                Log.debugf("Creation token %s repeated; answering with draft %d", token, earlier.get().id());
                return earlier.get();
            }
        }
        SubsidyRound round = rounds.getVisible(roundId);
        Ikc ikc = ownIkcs().stream().filter(i -> i.id.equals(ikcId)).findFirst().orElseThrow(() -> InvalidInputException
                .of("ikcId", "Kies een IKC van uw eigen schoolbestuur."));
        Instant now = clock.instant();
        if (round.status != RoundStatus.OPEN || !now.isBefore(round.closesAt)) {
            throw new ConflictException("In deze ronde kunt u geen aanvraag (meer) starten: de ronde is niet open.");
        }
        SubsidyApplication application = new SubsidyApplication();
        application.round = round;
        application.ikc = ikc;
        application.creationToken = token;
        application.createdAt = now;
        application.createdBy = caller.username();
        application.updatedAt = now;
        application.updatedBy = caller.username();
        for (int criterion = 1; criterion <= DevelopmentCriteria.COUNT; criterion++) {
            application.selfAssessment.add(new SelfAssessmentEntry(criterion, null, null));
        }
        application.partners.addAll(ikc.childcarePartners);
        application.persist();
        // the unique creation token decides between two simultaneous posts here, before anything else is written
        application.flush();
        audit.record(AUDIT_TYPE, application.id, "AANGEMAAKT", null, ApplicationStatus.CONCEPT.name(), null,
                "Concept voor " + ikc.name + " in " + round.title);
        return new NewDraft(application.id, false);
    }

    /**
     * The draft an earlier start with this token made, if it was the same start: the caller's own
     * school board, the same round and IKC. Anything else is a conflict that does not say whose it is.
     */
    private Optional<NewDraft> repeatOf(String token, long roundId, long ikcId) {
        return SubsidyApplication.findByCreationToken(token).map(earlier -> {
            if (!canChange(earlier) || !earlier.round.id.equals(roundId) || !earlier.ikc.id.equals(ikcId)) {
                throw new ConflictException("Dit formulier of deze Idempotency-Key is al gebruikt voor een andere aanvraag;"
                        + " er is niets aangemaakt. Start de aanvraag opnieuw vanuit een nieuw formulier of met een nieuwe sleutel.");
            }
            return new NewDraft(earlier.id, true);
        });
    }

    private static boolean violates(Throwable e, String constraint) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation
                    && (constraint.equalsIgnoreCase(violation.getConstraintName())
                            || String.valueOf(violation.getMessage()).contains(constraint))) {
                return true;
            }
        }
        return false;
    }

    /** Saves the given parts of a draft (or of an application whose completion was asked). */
    public SubsidyApplication save(long id, AanvraagInvoer input, Set<ApplicationPart> parts) {
        SubsidyApplication application = editable(id, input.versie);
        // one IKC's applications are checked against its yearly maximum one at a time
        ikcs.lockForUpdate(application.ikc.id);
        // queries first: a query after the first change would flush it and raise the version twice
        YearlyMaximum maximum = yearlyMaximum(application);
        Map<String, String> before = snapshot(application);
        InputRules rules = new InputRules();
        if (parts.contains(ApplicationPart.PLAN)) {
            applyPlan(application, input, rules);
        }
        if (parts.contains(ApplicationPart.ZELFEVALUATIE)) {
            applySelfAssessment(application, input, rules);
        }
        if (parts.contains(ApplicationPart.BEGROTING)) {
            applyBudget(application, input, rules, maximum);
        }
        if (parts.contains(ApplicationPart.PARTNERS)) {
            applyPartners(application, input, rules);
        }
        rules.throwIfAny();
        application.updatedAt = clock.instant();
        application.updatedBy = caller.username();
        Map<String, String> after = snapshot(application);
        Changes changes = new Changes();
        before.forEach((label, value) -> changes.field(label, value, after.get(label)));
        if (!changes.isEmpty()) {
            audit.changed(AUDIT_TYPE, id, changes.toString());
        }
        return application;
    }

    /** What a draft says, field by field, for the audit trail's before and after. */
    private static Map<String, String> snapshot(SubsidyApplication application) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("waarom", application.why);
        fields.put("hoe", application.how);
        fields.put("wat", application.what);
        fields.put("ondersteuning", application.support);
        fields.put("extra leertijd", application.extendedLearningTime ? "ja" : "nee");
        fields.put("zelfevaluatie", application.selfAssessment.stream()
                .map(e -> e.criterion + ": " + e.currentLevel + " → " + e.ambitionLevel).collect(Collectors.joining(", ")));
        fields.put("begroting", application.budgetLines.stream()
                .map(l -> l.description + " " + Money.format(l.amount)).collect(Collectors.joining("; ")));
        fields.put("partners", application.partners.stream().map(o -> o.name).sorted().collect(Collectors.joining(", ")));
        return fields;
    }

    public void delete(long id, Long version) {
        SubsidyApplication application = getVisible(id);
        requireChange(application);
        ConflictException.requireVersion(version, application.version);
        if (application.status != ApplicationStatus.CONCEPT) {
            throw new ConflictException("Alleen een concept kan worden verwijderd; een ingediende aanvraag trekt u in.");
        }
        audit.record(AUDIT_TYPE, id, "VERWIJDERD", application.status.name(), null, null,
                "Concept voor " + application.ikc.name);
        application.delete();
    }

    /**
     * Sends the application in (or, after a request to complete, in again) and gives a receipt. A repeat
     * of the same submission (a client's retry after a timeout, a double click) gets the same answer and
     * submits nothing again: see {@link SubsidyApplication#isSubmissionFrom(Long)}.
     */
    public SubsidyApplication submit(long id, Long version) {
        SubsidyApplication current = getVisible(id);
        requireChange(current);
        if (current.isSubmissionFrom(version)) {
            return current;
        }
        SubsidyApplication application = editable(id, version);
        ikcs.lockForUpdate(application.ikc.id);
        Instant now = clock.instant();
        InputRules rules = new InputRules();
        checkComplete(application, rules);
        if (!application.round.acceptsApplicationsAt(now) && application.status == ApplicationStatus.CONCEPT) {
            rules.add("indiening", now.isBefore(application.round.opensAt)
                    ? "De ronde is nog niet open voor aanvragen; indienen kan vanaf "
                            + Dates.dutch(application.round.opensAt) + "."
                    : "De ronde is gesloten; indienen kon tot " + Dates.dutch(application.round.closesAt) + ".");
        }
        if (application.status == ApplicationStatus.AANVULLING_GEVRAAGD) {
            application.openCompletionRequest().filter(r -> LocalDate.ofInstant(now, ClockProducer.AMSTERDAM)
                    .isAfter(r.dueOn)).ifPresent(r -> rules.add("indiening",
                            "De termijn voor aanvullen liep tot en met " + Dates.dutch(r.dueOn)
                                    + "; neem contact op met de projectleider."));
        }
        rules.throwIfAny();
        ApplicationStatus from = application.status;
        String reference = from == ApplicationStatus.CONCEPT ? nextReference(application.round.year) : application.reference;
        application.submit(now, reference);
        application.updatedAt = now;
        application.updatedBy = caller.username();
        audit.record(AUDIT_TYPE, id, from == ApplicationStatus.CONCEPT ? "INGEDIEND" : "AANGEVULD", from.name(),
                application.status.name(), null, "Kenmerk " + reference + ", aangevraagd "
                        + Money.format(application.requestedAmount));
        changed(application, from);
        submitted.fire(new ApplicationSubmitted(application.id, reference, application.ikc.name, application.round.title,
                now, application.requestedAmount, from != ApplicationStatus.CONCEPT, caller.username()));
        return application;
    }

    public SubsidyApplication withdraw(long id, Long version, String reason) {
        SubsidyApplication application = getVisible(id);
        requireChange(application);
        ConflictException.requireVersion(version, application.version);
        InputRules rules = new InputRules();
        String why = rules.required("reden", reason, 2000);
        rules.throwIfAny();
        ApplicationStatus from = application.status;
        application.withdraw();
        audit.record(AUDIT_TYPE, id, "INGETROKKEN", from.name(), application.status.name(), why, null);
        changed(application, from);
        return application;
    }

    // ---- the projectleider's completeness check ---------------------------------------------

    public SubsidyApplication declareComplete(long id, Long version) {
        SubsidyApplication application = checkable(id, version);
        ApplicationStatus from = application.status;
        application.declareComplete(LocalDate.now(clock));
        audit.record(AUDIT_TYPE, id, "ONTVANKELIJK_VERKLAARD", from.name(), application.status.name(), null, null);
        changed(application, from);
        return application;
    }

    /** Not completed in time: buiten behandeling (Awb 4:5), recorded as refused with the reason. */
    public SubsidyApplication setAside(long id, Long version, String reason) {
        SubsidyApplication application = checkable(id, version);
        InputRules rules = new InputRules();
        String why = rules.required("reden", reason, 2000);
        rules.throwIfAny();
        ApplicationStatus from = application.status;
        application.setAside(LocalDate.now(clock));
        audit.record(AUDIT_TYPE, id, "BUITEN_BEHANDELING", from.name(), application.status.name(), why,
                "Niet aangevuld binnen de termijn (Awb 4:5)");
        changed(application, from);
        return application;
    }

    /** Herstelverzuim (Awb 4:5): what is missing and by when; the decision term is suspended meanwhile. */
    public SubsidyApplication requestCompletion(long id, Long version, String missing, String dueOn) {
        SubsidyApplication application = checkable(id, version);
        InputRules rules = new InputRules();
        String what = rules.required("ontbreekt", missing, 4000);
        LocalDate due = rules.requiredDate("termijnTot", dueOn);
        LocalDate today = LocalDate.now(clock);
        if (due != null) {
            rules.check(due.isAfter(today), "termijnTot", "De termijn eindigt na vandaag.");
        }
        rules.throwIfAny();
        ApplicationStatus from = application.status;
        application.requestCompletion(what, due, today, caller.username());
        audit.record(AUDIT_TYPE, id, "AANVULLING_GEVRAAGD", from.name(), application.status.name(), what,
                "Termijn tot en met " + due + "; de beslistermijn is opgeschort");
        changed(application, from);
        return application;
    }

    /** Tells observers (the ZGW registration) of a status change, within this transaction. */
    private void changed(SubsidyApplication application, ApplicationStatus from) {
        statusChanged.fire(new ApplicationStatusChanged(application.id, from, application.status, clock.instant()));
    }

    private SubsidyApplication checkable(long id, Long version) {
        if (!caller.hasRole(Roles.PROJECTLEIDER)) {
            throw new ForbiddenException("Alleen de projectleider beoordeelt of een aanvraag compleet is.");
        }
        SubsidyApplication application = getVisible(id);
        ConflictException.requireVersion(version, application.version);
        return application;
    }

    // ---- attachments ------------------------------------------------------------------------

    public ApplicationAttachment addAttachment(long id, Long version, String filename, byte[] content) {
        SubsidyApplication application = editable(id, version);
        InputRules rules = new InputRules();
        String name = nl.ikcregie.shared.PdfUpload.check(rules, "bijlage", filename, content);
        rules.throwIfAny();
        ApplicationAttachment attachment = new ApplicationAttachment();
        attachment.application = application;
        attachment.filename = name;
        attachment.sizeBytes = content.length;
        attachment.content = content;
        attachment.uploadedAt = clock.instant();
        attachment.uploadedBy = caller.username();
        application.attachments.add(attachment);
        application.updatedAt = attachment.uploadedAt;
        application.updatedBy = caller.username();
        attachment.persist();
        return attachment;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ApplicationAttachment attachment(long id, long attachmentId) {
        SubsidyApplication application = getVisible(id);
        return application.attachments.stream().filter(a -> a.id == attachmentId).findFirst()
                .orElseThrow(() -> new NotFoundException("Bijlage"));
    }

    public void removeAttachment(long id, Long version, long attachmentId) {
        SubsidyApplication application = editable(id, version);
        ApplicationAttachment attachment = application.attachments.stream().filter(a -> a.id == attachmentId)
                .findFirst().orElseThrow(() -> new NotFoundException("Bijlage"));
        application.attachments.remove(attachment);
        application.updatedAt = clock.instant();
        application.updatedBy = caller.username();
    }

    // ---- rules ------------------------------------------------------------------------------

    private SubsidyApplication editable(long id, Long version) {
        SubsidyApplication application = getVisible(id);
        requireChange(application);
        ConflictException.requireVersion(version, application.version);
        if (!application.status.isEditableByApplicant()) {
            throw new ConflictException("Een aanvraag met status " + application.status.label()
                    + " kunt u lezen maar niet meer wijzigen.");
        }
        return application;
    }

    /** For the form pages: the application, if the caller may change it now (403 or 409 otherwise). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SubsidyApplication getEditable(long id) {
        SubsidyApplication application = getVisible(id);
        requireChange(application);
        if (!application.status.isEditableByApplicant()) {
            throw new ConflictException("Een aanvraag met status " + application.status.label()
                    + " kunt u lezen maar niet meer wijzigen.");
        }
        return application;
    }

    private void requireChange(SubsidyApplication application) {
        if (!canChange(application)) {
            throw new ForbiddenException("Alleen een aanvrager van het schoolbestuur van dit IKC wijzigt deze aanvraag.");
        }
    }

    private static void applyPlan(SubsidyApplication application, AanvraagInvoer input, InputRules rules) {
        AanvraagInvoer.Plan plan = input.plan == null ? new AanvraagInvoer.Plan() : input.plan;
        String why = rules.optional("plan.waarom", plan.waarom, MAX_TEXT);
        String how = rules.optional("plan.hoe", plan.hoe, MAX_TEXT);
        String what = rules.optional("plan.wat", plan.wat, MAX_TEXT);
        String support = rules.optional("draagvlak", input.draagvlak, MAX_SUPPORT);
        application.why = why;
        application.how = how;
        application.what = what;
        application.support = support;
        application.extendedLearningTime = Boolean.TRUE.equals(input.verlengdeLeertijd);
    }

    private static void applySelfAssessment(SubsidyApplication application, AanvraagInvoer input, InputRules rules) {
        List<SelfAssessmentEntry> entries = new ArrayList<>();
        for (int criterion = 1; criterion <= DevelopmentCriteria.COUNT; criterion++) {
            entries.add(new SelfAssessmentEntry(criterion, null, null));
        }
        List<AanvraagInvoer.Zelfevaluatie> rows = input.zelfevaluatie == null ? List.of() : input.zelfevaluatie;
        Set<Integer> seen = new LinkedHashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            AanvraagInvoer.Zelfevaluatie row = rows.get(i);
            if (row == null) {
                continue;
            }
            String prefix = "zelfevaluatie[" + i + "].";
            Integer criterion = rules.requiredWholeNumber(prefix + "criterium", row.criterium, 1, DevelopmentCriteria.COUNT);
            if (criterion == null) {
                continue;
            }
            if (!seen.add(criterion)) {
                rules.add(prefix + "criterium", "Criterium " + criterion + " staat er twee keer in.");
                continue;
            }
            IntegrationLevel current = level(rules, prefix + "huidigNiveau", row.huidigNiveau);
            IntegrationLevel ambition = level(rules, prefix + "ambitieNiveau", row.ambitieNiveau);
            if (current != null && ambition != null) {
                rules.check(ambition.ordinal() >= current.ordinal(), prefix + "ambitieNiveau",
                        "Het ambitieniveau ligt niet onder het huidige niveau.");
            }
            entries.set(criterion - 1, new SelfAssessmentEntry(criterion, current, ambition));
        }
        if (!rules.hasAnyError()) {
            application.selfAssessment.clear();
            application.selfAssessment.addAll(entries);
        }
    }

    private static IntegrationLevel level(InputRules rules, String field, String value) {
        return value == null || value.isBlank() ? null : rules.requiredEnum(field, value, IntegrationLevel.class);
    }

    private static void applyBudget(SubsidyApplication application, AanvraagInvoer input, InputRules rules,
            YearlyMaximum maximum) {
        List<BudgetLine> lines = new ArrayList<>();
        List<AanvraagInvoer.Begrotingsregel> rows = input.begrotingsregels == null ? List.of() : input.begrotingsregels;
        for (int i = 0; i < rows.size(); i++) {
            AanvraagInvoer.Begrotingsregel row = rows.get(i);
            if (row == null || blank(row.omschrijving) && blank(row.bedrag) && blank(row.cofinancieringOnderwijs)
                    && blank(row.cofinancieringKinderopvang) && blank(row.cofinancieringOverig)) {
                continue; // an empty row of the form
            }
            String prefix = "begrotingsregels[" + i + "].";
            String description = rules.required(prefix + "omschrijving", row.omschrijving, 500);
            BigDecimal amount = rules.requiredAmount(prefix + "bedrag", row.bedrag);
            BigDecimal education = orZero(rules.optionalAmount(prefix + "cofinancieringOnderwijs", row.cofinancieringOnderwijs));
            BigDecimal childcare = orZero(rules.optionalAmount(prefix + "cofinancieringKinderopvang",
                    row.cofinancieringKinderopvang));
            BigDecimal other = orZero(rules.optionalAmount(prefix + "cofinancieringOverig", row.cofinancieringOverig));
            lines.add(new BudgetLine(description, amount == null ? BigDecimal.ZERO : amount, education, childcare, other));
        }
        rules.check(lines.size() <= MAX_BUDGET_LINES, "begrotingsregels",
                "Gebruik ten hoogste " + MAX_BUDGET_LINES + " begrotingsregels.");
        if (rules.hasAnyError()) {
            return;
        }
        BigDecimal total = lines.stream().map(l -> l.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (application.submittedAmount != null && total.compareTo(application.submittedAmount) > 0) {
            rules.add("aangevraagdBedrag", "Bij een aanvulling kan het aangevraagde bedrag niet hoger worden dan bij de "
                    + "indiening: " + Money.format(application.submittedAmount) + ".");
            return;
        }
        if (!maximum.allows(total)) {
            rules.add("aangevraagdBedrag", "Het aangevraagde bedrag (" + Money.format(total) + ") is hoger dan wat dit IKC "
                    + "in " + application.round.year + " nog mag aanvragen: " + Money.format(maximum.remaining())
                    + " (maximum " + Money.format(maximum.maximum()) + ", andere aanvragen dit jaar "
                    + Money.format(maximum.otherApplications()) + ").");
            return;
        }
        application.replaceBudget(lines);
    }

    private static void applyPartners(SubsidyApplication application, AanvraagInvoer input, InputRules rules) {
        Set<Organisation> partners = new LinkedHashSet<>();
        List<String> partnerIds = input.kinderopvangIds == null ? List.of() : input.kinderopvangIds;
        for (String raw : rules.atMost("kinderopvangIds", partnerIds, MAX_PARTNERS, "kinderopvangorganisaties")
                ? partnerIds : List.<String>of()) {
            Long partnerId = rules.optionalId("kinderopvangIds", raw);
            if (partnerId == null) {
                continue;
            }
            application.ikc.childcarePartners.stream().filter(p -> p.id.equals(partnerId)).findFirst()
                    .ifPresentOrElse(partners::add, () -> rules.add("kinderopvangIds",
                            "Kies alleen kinderopvangpartners van dit IKC."));
        }
        if (!rules.hasError("kinderopvangIds") && !application.partners.equals(partners)) {
            application.partners.clear();
            application.partners.addAll(partners);
        }
    }

    /** What must be there before submission; each missing part is named at its field. */
    @Transactional(Transactional.TxType.SUPPORTS)
    void checkComplete(SubsidyApplication application, InputRules rules) {
        rules.check(!blank(application.why), "plan.waarom", "Beschrijf waarom: wat uw kinderen nodig hebben.");
        rules.check(!blank(application.how), "plan.hoe", "Beschrijf hoe: visie, pijlers, van ... naar.");
        rules.check(!blank(application.what), "plan.wat", "Beschrijf wat: de acties, wie en wanneer.");
        rules.check(!blank(application.support), "draagvlak",
                "Beschrijf het draagvlak bij team, ouderraden en MR/IKC-raad.");
        for (SelfAssessmentEntry entry : application.selfAssessment) {
            if (!entry.isComplete()) {
                rules.add("zelfevaluatie[" + (entry.criterion - 1) + "].huidigNiveau",
                        "Vul bij criterium " + entry.criterion + " het huidige en het ambitieniveau in.");
            }
        }
        rules.check(!application.budgetLines.isEmpty() && application.requestedAmount.signum() > 0, "begrotingsregels",
                "Vul de begroting in: ten minste één activiteit met een bedrag.");
        rules.check(!application.partners.isEmpty() || application.ikc.childcarePartners.isEmpty(), "kinderopvangIds",
                "Kies de kinderopvangpartner(s) die de aanvraag mee indienen.");
        YearlyMaximum maximum = yearlyMaximum(application);
        rules.check(maximum.allows(application.requestedAmount), "aangevraagdBedrag",
                "Het aangevraagde bedrag is hoger dan wat dit IKC dit jaar nog mag aanvragen: "
                        + Money.format(maximum.remaining()) + ".");
    }

    /**
     * KVK-jjjj-nnnn, numbered per year; the row lock keeps two submissions from taking one number. One
     * statement takes the exclusive lock at once: "insert ignore" then "select ... for update" took a
     * shared lock first, and two simultaneous submissions deadlocked upgrading it (found by CrashIT).
     */
    private String nextReference(int year) {
        EntityManager em = Panache.getEntityManager();
        em.createNativeQuery("insert into application_reference_counter (year, last_number) values (?1, 1) "
                + "on duplicate key update last_number = last_number + 1").setParameter(1, year).executeUpdate();
        Number next = (Number) em.createNativeQuery("select last_number from application_reference_counter where year = ?1")
                .setParameter(1, year).getSingleResult();
        return String.format("KVK-%d-%04d", year, next.intValue());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    /** Every part, as the API's PUT replaces the whole content. */
    public static Set<ApplicationPart> allParts() {
        return EnumSet.allOf(ApplicationPart.class);
    }
}
