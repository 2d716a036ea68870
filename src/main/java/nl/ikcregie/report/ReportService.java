package nl.ikcregie.report;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ikcregie.agreement.AgreementContent;
import nl.ikcregie.agreement.AgreementVersion;
import nl.ikcregie.agreement.Party;
import nl.ikcregie.agreement.ResultAgreement;
import nl.ikcregie.application.ApplicationStatus;
import nl.ikcregie.application.DevelopmentCriteria;
import nl.ikcregie.application.IntegrationLevel;
import nl.ikcregie.application.SelfAssessmentEntry;
import nl.ikcregie.application.SubsidyApplication;
import nl.ikcregie.decision.Decision;
import nl.ikcregie.decision.DecisionObligation;
import nl.ikcregie.decision.DecisionOutcome;
import nl.ikcregie.designation.DesignationStatus;
import nl.ikcregie.designation.PlusDesignation;
import nl.ikcregie.organisation.Ikc;
import nl.ikcregie.shared.AuditEvent;
import nl.ikcregie.shared.Caller;
import nl.ikcregie.shared.ConflictException;
import nl.ikcregie.shared.ForbiddenException;
import nl.ikcregie.shared.InputRules;
import nl.ikcregie.shared.NotFoundException;
import nl.ikcregie.shared.Roles;

/**
 * The yearly PDCA reports (jaarrapportages). Who must report follows from the grants and the Plus-IKC
 * predicaten ({@link ReportingDuty}); the school board (or the projectleider on its behalf) starts a
 * report, which comes prefilled with the Plan; the school board fills in Do, Check and Act and files
 * it; the projectleider asks for changes or approves. The projectleider and beheerder read every
 * report, a school board its own, the childcare party of a Plus-IKC's agreement reads that IKC's.
 */
@ApplicationScoped
@Transactional
public class ReportService {

    public static final String AUDIT_TYPE = "JAARRAPPORTAGE";

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** A due report: the IKC, its duty and the report if one was started. */
    public record DueReport(Ikc ikc, ReportingDuty duty, AnnualReport report) {

        public String statusLabel() {
            return report == null ? "Niet gestart" : report.status.label();
        }

        public String statusCode() {
            return report == null ? "NIET_GESTART" : report.status.name();
        }
    }

    // ---- who must report ---------------------------------------------------------------------

    /** Every duty of a year (no caller check: deadlines and demo use it). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReportingDuty> duties(int year) {
        List<ReportingDuty.Grant> grants = Decision.<Decision>list("select d from Decision d join fetch d.application a "
                + "where d.inForce = true and d.outcome in ?1 and a.round.year = ?2",
                List.of(DecisionOutcome.TOEGEKEND, DecisionOutcome.DEELS_TOEGEKEND), year).stream()
                .filter(d -> d.application.status != ApplicationStatus.INGETROKKEN)
                .map(d -> new ReportingDuty.Grant(d.application.ikc.id, d.application.id, d.id, d.settlementDue))
                .toList();
        List<ReportingDuty.Predicate> predicates = PlusDesignation.<PlusDesignation>list(
                "validFrom is not null and status in ?1", List.of(DesignationStatus.TOEGEKEND, DesignationStatus.BEEINDIGD))
                .stream().map(p -> new ReportingDuty.Predicate(p.ikc.id, p.validFrom, p.validUntil)).toList();
        return ReportingDuty.of(year, grants, predicates);
    }

    /** Every due report of a year with the IKC and the report, if started (no caller check). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DueReport> dueReports(int year) {
        List<ReportingDuty> duties = duties(year);
        if (duties.isEmpty()) {
            return List.of();
        }
        Map<Long, Ikc> ikcs = Ikc.<Ikc>list("select i from Ikc i join fetch i.schoolBoard where i.id in ?1",
                duties.stream().map(ReportingDuty::ikcId).toList()).stream()
                .collect(Collectors.toMap(i -> i.id, Function.identity()));
        Map<Long, AnnualReport> reports = AnnualReport.listForYear(year).stream()
                .collect(Collectors.toMap(r -> r.ikc.id, Function.identity()));
        return duties.stream().map(d -> new DueReport(ikcs.get(d.ikcId()), d, reports.get(d.ikcId())))
                .sorted(Comparator.comparing((DueReport d) -> d.ikc().name)).toList();
    }

    /** The due reports the caller may see: all for the municipality, its own IKCs for a school board. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DueReport> dueVisible(int year) {
        requireReader();
        if (seesAll()) {
            return dueReports(year);
        }
        if (!caller.hasRole(Roles.AANVRAGER)) {
            return List.of();
        }
        long organisationId = caller.organisationId().orElse(-1L);
        return dueReports(year).stream().filter(d -> d.ikc().schoolBoard.id == organisationId
                || (d.report() != null && isChildcareParty(d.report(), organisationId))).toList();
    }

    /** The last year with a decided round up to this year (the year whose reports are being filed). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public int defaultYear() {
        int thisYear = LocalDate.now(clock).getYear();
        Integer year = Decision.find("select max(a.round.year) from Decision d join d.application a "
                + "where d.inForce = true and a.round.year <= ?1", thisYear).project(Integer.class).firstResult();
        return year != null ? year : thisYear - 1;
    }

    // ---- reading -----------------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AnnualReport> listVisible(Integer year) {
        requireReader();
        if (seesAll()) {
            return year != null ? AnnualReport.listForYear(year)
                    : AnnualReport.<AnnualReport>list("select r from AnnualReport r join fetch r.ikc "
                            + "join fetch r.schoolBoard order by r.year desc, r.ikc.name");
        }
        if (!caller.hasRole(Roles.AANVRAGER)) {
            return List.of();
        }
        // filtered in the database: a school board's own reports and, for a childcare party, its agreements' reports
        return AnnualReport.listForOrganisation(caller.organisationId().orElse(-1L), year);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AnnualReport getVisible(long id) {
        requireReader();
        AnnualReport report = AnnualReport.<AnnualReport>findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("Jaarrapportage"));
        if (!seesAll() && !mayRead(report)) {
            throw new NotFoundException("Jaarrapportage");
        }
        return report;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEvent> history(long id) {
        getVisible(id);
        return AuditEvent.history(AUDIT_TYPE, id);
    }

    /** The school board's aanvrager may change a draft or a report sent back. */
    public boolean canEdit(AnnualReport report) {
        return isBoardApplicant(report) && report.status.isEditableByApplicant();
    }

    public boolean canReview(AnnualReport report) {
        return caller.hasRole(Roles.PROJECTLEIDER) && report.status == ReportStatus.INGEDIEND;
    }

    /** Whether the caller may start a report for this IKC (its school board's aanvrager, or the projectleider). */
    public boolean canStart(Ikc ikc) {
        return caller.hasRole(Roles.PROJECTLEIDER) || (caller.hasRole(Roles.AANVRAGER)
                && caller.organisationId().filter(o -> o.equals(ikc.schoolBoard.id)).isPresent());
    }

    // ---- starting ----------------------------------------------------------------------------

    public AnnualReport start(RapportageStart input) {
        if (!caller.hasAnyRole(Roles.PROJECTLEIDER, Roles.AANVRAGER)) {
            throw new ForbiddenException("Een jaarrapportage wordt gestart door het schoolbestuur of de projectleider.");
        }
        RapportageStart body = input == null ? new RapportageStart() : input;
        InputRules rules = new InputRules();
        Long ikcId = rules.requiredId("ikcId", body.ikcId);
        Integer year = rules.requiredWholeNumber("jaar", body.jaar, 2000, 2200);
        rules.throwIfAny();
        Ikc ikc = Ikc.findWithRelations(ikcId).orElseThrow(() -> new NotFoundException("IKC"));
        if (!canStart(ikc)) {
            throw new NotFoundException("IKC");
        }
        return startAs(ikc, year, caller.username(), clock.instant());
    }

    /** Starts the report of an IKC for a year, with the Plan prefilled (the system path: no caller check). */
    public AnnualReport startAs(Ikc ikc, int year, String by, Instant at) {
        ReportingDuty duty = duties(year).stream().filter(d -> d.ikcId() == ikc.id).findFirst()
                .orElseThrow(() -> new ConflictException(ikc.name + " hoeft over " + year + " geen jaarrapportage in "
                        + "te dienen: het ontving geen subsidie voor dat jaar en had toen geen Plus-IKC predicaat."));
        Optional<AnnualReport> existing = AnnualReport.findFor(ikc.id, year);
        if (existing.isPresent()) {
            throw new ConflictException(ikc.name + " heeft al een jaarrapportage over " + year + " (nummer "
                    + existing.get().id + ").");
        }
        AnnualReport report = new AnnualReport();
        report.ikc = ikc;
        report.year = year;
        report.schoolBoard = ikc.schoolBoard;
        report.dueOn = duty.dueOn();
        report.createdBy = by;
        report.createdAt = at;
        report.touch(by, at);
        List<String> plan = new ArrayList<>();
        SubsidyApplication levelsSource = null;
        if (duty.subsidised()) {
            Decision decision = Decision.findById(duty.decisionId());
            report.application = decision.application;
            report.grantedAmount = decision.grantedAmount;
            levelsSource = decision.application;
            if (decision.application.how != null && !decision.application.how.isBlank()) {
                plan.add("Hoe: " + decision.application.how.strip());
            }
            if (decision.application.what != null && !decision.application.what.isBlank()) {
                plan.add("Wat: " + decision.application.what.strip());
            }
            for (DecisionObligation o : decision.obligations) {
                ReportObligation copy = new ReportObligation(o.description, o.dueOn);
                if (o.fulfilledOn != null) {
                    copy.status = ObligationStatus.NAGEKOMEN;
                }
                report.obligations.add(copy);
            }
        }
        if (duty.plus()) {
            agreementCovering(ikc.id, year).ifPresent(version -> {
                report.agreement = version.agreement;
                report.agreementVersion = version.number;
                fillFromAgreement(report, version.content(), year);
                plan.add("Resultaatafspraak " + version.agreement.firstYear + "-" + version.agreement.lastYear
                        + ", versie " + version.number + ": de streefwaarden voor " + year + " staan hieronder.");
            });
        }
        report.planText = plan.isEmpty() ? null : String.join("\n\n", plan);
        if (levelsSource == null) {
            levelsSource = SubsidyApplication.<SubsidyApplication>find("ikc.id = ?1 and round.year <= ?2 and status not in ?3 "
                    + "order by round.year desc, id desc", ikc.id, year,
                    List.of(ApplicationStatus.CONCEPT, ApplicationStatus.INGETROKKEN)).firstResult();
        }
        Map<Integer, IntegrationLevel> previous = previousLevels(ikc.id, year, levelsSource);
        for (int c = 1; c <= DevelopmentCriteria.COUNT; c++) {
            report.levels.add(new ReportLevel(c, previous.get(c)));
        }
        report.persist();
        record(report.id, "AANGEMAAKT", null, ReportStatus.CONCEPT.name(), null, report.title() + "; uiterlijk in te "
                + "dienen op " + report.dueOn + (report.agreementVersion != null ? "; streefwaarden uit versie "
                        + report.agreementVersion + " van de resultaatafspraak" : ""), by, at);
        Log.debugf("Annual report %s started for IKC %s, year %s", report.id, ikc.name, (Integer) year);
        return report;
    }

    private static Optional<AgreementVersion> agreementCovering(long ikcId, int year) {
        return ResultAgreement.<ResultAgreement>list("ikc.id = ?1 and firstYear <= ?2 and lastYear >= ?2 "
                + "order by firstYear desc", ikcId, year).stream().map(ResultAgreement::latestAgreed)
                .flatMap(Optional::stream).findFirst();
    }

    /** The Plan of a Plus-IKC: the targets, contributions and staffing of the report's year. */
    static void fillFromAgreement(AnnualReport report, AgreementContent content, int year) {
        for (AgreementContent.Goal goal : content.goals()) {
            for (AgreementContent.Indicator i : goal.indicators()) {
                report.indicators.add(new ReportIndicator(goal.title(), i.name(), i.unit(), i.baseline(),
                        i.targets().get(year)));
            }
        }
        Map<Party, BigDecimal> perParty = new EnumMap<>(Party.class);
        content.contributions().stream().filter(c -> c.year() == year)
                .forEach(c -> perParty.merge(c.party(), c.amount(), BigDecimal::add));
        // stored in the order the table reads them back (by party name)
        perParty.entrySet().stream().sorted(Comparator.comparing(e -> e.getKey().name()))
                .forEach(e -> report.spending.add(new ReportSpending(e.getKey(), e.getValue())));
        content.staffing().stream().filter(s -> s.firstYear() <= year && year <= s.lastYear())
                .forEach(s -> report.staffing.add(new ReportStaffing(s.role(), s.hoursPerWeek())));
    }

    /** The level in the most recent earlier report, else the self-assessment's current level. */
    private static Map<Integer, IntegrationLevel> previousLevels(long ikcId, int year, SubsidyApplication application) {
        Map<Integer, IntegrationLevel> levels = new java.util.HashMap<>();
        if (application != null) {
            for (SelfAssessmentEntry e : application.selfAssessment) {
                if (e.currentLevel != null) {
                    levels.put(e.criterion, e.currentLevel);
                }
            }
        }
        AnnualReport.<AnnualReport>find("ikc.id = ?1 and year < ?2 order by year desc", ikcId, year).firstResultOptional()
                .ifPresent(earlier -> earlier.levels.forEach(l -> {
                    IntegrationLevel level = l.level != null ? l.level : l.previousLevel;
                    if (level != null) {
                        levels.put(l.criterion, level);
                    }
                }));
        return levels;
    }

    // ---- the school board fills it in ---------------------------------------------------------

    public AnnualReport save(long id, RapportageInvoer input) {
        AnnualReport report = editable(id);
        RapportageInvoer body = input == null ? new RapportageInvoer() : input;
        ConflictException.requireVersion(body.versie, report.version);
        return saveAs(report, body, caller.username(), clock.instant());
    }

    /** Applies what was filled in (the system path: no caller or version check). */
    public AnnualReport saveAs(AnnualReport report, RapportageInvoer input, String by, Instant at) {
        report.requireEditable();
        InputRules rules = new InputRules();
        List<String> parts = ReportInput.apply(report, input, rules);
        rules.throwIfAny();
        report.touch(by, at);
        record(report.id, "CONCEPT_OPGESLAGEN", null, null, null,
                parts.isEmpty() ? "Niets gewijzigd" : "Bijgewerkt: " + String.join(", ", parts), by, at);
        return report;
    }

    public AnnualReport submit(long id, Long version) {
        AnnualReport report = editable(id);
        ConflictException.requireVersion(version, report.version);
        return submitAs(report, caller.username(), clock.instant());
    }

    public AnnualReport submitAs(AnnualReport report, String by, Instant at) {
        report.requireEditable();
        if (report.isSubsidised()) {
            // a decision on an objection may have changed the grant since the report started
            Decision.currentFor(report.application.id).ifPresent(d -> report.grantedAmount = d.grantedAmount);
        }
        InputRules rules = new InputRules();
        ReportCompleteness.check(report, rules);
        rules.throwIfAny();
        ReportStatus from = report.status;
        report.submit(by, at);
        record(report.id, "INGEDIEND", from.name(), report.status.name(), null,
                report.isSubsidised() ? "Tevens aanvraag tot vaststelling van de subsidie (Awb 4:44)" : null, by, at);
        return report;
    }

    // ---- the projectleider reviews ------------------------------------------------------------

    public AnnualReport requestChanges(long id, RapportageActie input) {
        RapportageActie body = input == null ? new RapportageActie() : input;
        AnnualReport report = reviewable(id);
        InputRules rules = new InputRules();
        String reason = rules.required("reden", body.reden, 2000);
        rules.throwIfAny();
        ConflictException.requireVersion(body.versie, report.version);
        return requestChangesAs(report, reason, caller.username(), clock.instant());
    }

    public AnnualReport requestChangesAs(AnnualReport report, String reason, String by, Instant at) {
        ReportStatus from = report.status;
        report.requestChanges(reason, by, at);
        record(report.id, "WIJZIGING_GEVRAAGD", from.name(), report.status.name(), reason, null, by, at);
        return report;
    }

    public AnnualReport approve(long id, RapportageActie input) {
        RapportageActie body = input == null ? new RapportageActie() : input;
        AnnualReport report = reviewable(id);
        InputRules rules = new InputRules();
        String note = rules.optional("toelichting", body.toelichting, 2000);
        rules.throwIfAny();
        ConflictException.requireVersion(body.versie, report.version);
        return approveAs(report, note, caller.username(), clock.instant());
    }

    public AnnualReport approveAs(AnnualReport report, String note, String by, Instant at) {
        ReportStatus from = report.status;
        report.approve(note, by, at);
        record(report.id, "GOEDGEKEURD", from.name(), report.status.name(), null, note, by, at);
        return report;
    }

    // ---- who may --------------------------------------------------------------------------------

    private AnnualReport editable(long id) {
        AnnualReport report = getVisible(id);
        if (!isBoardApplicant(report)) {
            throw new ForbiddenException("Alleen het schoolbestuur van " + report.ikc.name
                    + " vult de jaarrapportage in.");
        }
        report.requireEditable();
        return report;
    }

    private AnnualReport reviewable(long id) {
        if (!caller.hasRole(Roles.PROJECTLEIDER)) {
            throw new ForbiddenException("Alleen de projectleider beoordeelt jaarrapportages.");
        }
        return getVisible(id);
    }

    private void requireReader() {
        if (!caller.hasAnyRole(Roles.PROJECTLEIDER, Roles.BEHEERDER, Roles.AANVRAGER, Roles.COMMISSIELID)) {
            throw new ForbiddenException("Jaarrapportages zijn voor de projectleider en de schoolbesturen.");
        }
    }

    private boolean seesAll() {
        return caller.hasAnyRole(Roles.PROJECTLEIDER, Roles.BEHEERDER);
    }

    private boolean mayRead(AnnualReport report) {
        if (!caller.hasRole(Roles.AANVRAGER)) {
            return false;
        }
        long organisationId = caller.organisationId().orElse(-1L);
        return report.schoolBoard.id == organisationId || isChildcareParty(report, organisationId);
    }

    private static boolean isChildcareParty(AnnualReport report, long organisationId) {
        return report.agreement != null && report.agreement.childcare.id == organisationId;
    }

    private boolean isBoardApplicant(AnnualReport report) {
        return caller.hasRole(Roles.AANVRAGER)
                && caller.organisationId().filter(o -> o.equals(report.schoolBoard.id)).isPresent();
    }

    /** The history with the acting person and moment given (the demo records the past). */
    private static void record(long id, String action, String from, String to, String reason, String details, String by,
            Instant at) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = at;
        event.actor = by;
        event.entityType = AUDIT_TYPE;
        event.entityId = id;
        event.action = action;
        event.fromState = from;
        event.toState = to;
        event.reason = reason;
        event.details = details;
        event.persist();
    }
}
