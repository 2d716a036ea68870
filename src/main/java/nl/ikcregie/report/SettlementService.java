package nl.ikcregie.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import nl.ikcregie.application.ApplicationService;
import nl.ikcregie.application.ApplicationStatus;
import nl.ikcregie.application.SubsidyApplication;
import nl.ikcregie.decision.Decision;
import nl.ikcregie.shared.Caller;
import nl.ikcregie.shared.ClockProducer;
import nl.ikcregie.shared.ConflictException;
import nl.ikcregie.shared.Dates;
import nl.ikcregie.shared.ForbiddenException;
import nl.ikcregie.shared.InputRules;
import nl.ikcregie.shared.Money;
import nl.ikcregie.shared.NotFoundException;
import nl.ikcregie.shared.Roles;

/**
 * The final settlement of a grant (vaststelling, Awb 4:42-4:47) from the IKC's approved yearly
 * report: the projectleider sets the final amount under mandate of the college, the advances are
 * offset, the application becomes VASTGESTELD and the letter goes to the school board.
 */
@ApplicationScoped
@Transactional
public class SettlementService {

    /** The grounds when the subsidy is settled at the granted amount and nothing else was typed. */
    static final String FULL_GRANT_GROUNDS = "Uit uw jaarrapportage blijkt dat de activiteiten waarvoor de subsidie is "
            + "verleend zijn verricht en dat aan de verplichtingen is voldaan. Daarom stellen wij de subsidie vast op het "
            + "verleende bedrag (artikel 4:46 van de Algemene wet bestuursrecht).";

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    ApplicationService applications;

    @Inject
    Event<SettlementRecorded> recorded;

    /** A yearly report the caller may see (for its settlement); else 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AnnualReport report(long reportId) {
        AnnualReport report = AnnualReport.findById(reportId);
        if (report == null || !canRead(report)) {
            throw new NotFoundException("Jaarrapportage");
        }
        return report;
    }

    /** The settlement recorded on a report, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Settlement> forReport(long reportId) {
        return Settlement.findForReport(report(reportId).id);
    }

    /** One settlement, if the caller may see its report. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Settlement get(long settlementId) {
        Settlement settlement = Settlement.findById(settlementId);
        if (settlement == null || !canRead(settlement.report)) {
            throw new NotFoundException("Vaststelling");
        }
        return settlement;
    }

    /** The municipality sees every report; an aanvrager only those of its own school board. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean canRead(AnnualReport report) {
        if (caller.hasAnyRole(Roles.PROJECTLEIDER, Roles.BESTUURDER, Roles.BEHEERDER)) {
            return true;
        }
        return caller.hasRole(Roles.AANVRAGER)
                && caller.organisationId().filter(org -> org.equals(report.schoolBoard.id)).isPresent();
    }

    /** The projectleider settles under mandate of the college. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean canSettle() {
        return caller.hasRole(Roles.PROJECTLEIDER);
    }

    /** Why this report cannot be settled now, or empty when it can. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> obstacle(AnnualReport report) {
        if (!report.isSubsidised()) {
            return Optional.of("Deze jaarrapportage hoort niet bij een verleende subsidie; er is niets vast te stellen.");
        }
        Optional<Settlement> existing = Settlement.findForApplication(report.application.id);
        if (existing.isPresent() || report.application.status == ApplicationStatus.VASTGESTELD) {
            return Optional.of("De subsidie is al vastgesteld" + existing.map(s -> " (" + s.reference + " van "
                    + Dates.dutch(s.settledOn) + ")").orElse("") + ".");
        }
        if (report.status != ReportStatus.GOEDGEKEURD) {
            return Optional.of("De subsidie wordt vastgesteld op een goedgekeurde jaarrapportage; deze rapportage is "
                    + report.status.label().toLowerCase() + ".");
        }
        Optional<Decision> grant = Decision.currentFor(report.application.id);
        if (grant.isEmpty() || grant.get().grantedAmount.signum() <= 0
                || !report.application.status.canMoveTo(ApplicationStatus.VASTGESTELD)) {
            return Optional.of("Op deze aanvraag is geen subsidie verleend; er is niets vast te stellen.");
        }
        if (report.subsidySpent == null) {
            return Optional.of("De jaarrapportage vermeldt niet hoeveel subsidie is besteed; vraag eerst een wijziging.");
        }
        return Optional.empty();
    }

    /** The form prefilled with the proposal: what was spent (at most the grant), the grant paid as an advance. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public VaststellingInvoer proposal(AnnualReport report) {
        VaststellingInvoer input = new VaststellingInvoer();
        input.vaststellingsdatum = LocalDate.now(clock).toString();
        Optional<Decision> grant = report.application == null ? Optional.empty()
                : Decision.currentFor(report.application.id);
        grant.ifPresent(d -> {
            input.vastgesteldBedrag = Money.plain(SettlementCalculation.proposedFinal(d.grantedAmount, report.subsidySpent));
            input.betaaldeVoorschotten = Money.plain(SettlementCalculation.proposedAdvances(d.grantedAmount));
        });
        return input;
    }

    /** The proposal's figures (granted, spent, final, advances, reclaim, payment), when the report can be settled. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SettlementCalculation> proposedCalculation(AnnualReport report) {
        if (obstacle(report).isPresent()) {
            return Optional.empty();
        }
        BigDecimal granted = Decision.currentFor(report.application.id).orElseThrow().grantedAmount;
        return Optional.of(SettlementCalculation.of(granted, report.subsidySpent,
                SettlementCalculation.proposedFinal(granted, report.subsidySpent),
                SettlementCalculation.proposedAdvances(granted)));
    }

    /** The projectleider settles the subsidy of an approved yearly report; the letter goes to the school board. */
    public Settlement settle(long reportId, VaststellingInvoer input) {
        AnnualReport report = report(reportId);
        if (!canSettle()) {
            throw new ForbiddenException("Alleen de projectleider stelt een subsidie vast, namens het college.");
        }
        requireSettleable(report);
        Decision grant = Decision.currentFor(report.application.id).orElseThrow();
        InputRules rules = new InputRules();
        BigDecimal finalAmount = input.vastgesteldBedrag == null || input.vastgesteldBedrag.isBlank()
                ? SettlementCalculation.proposedFinal(grant.grantedAmount, report.subsidySpent)
                : rules.requiredAmount("vastgesteldBedrag", input.vastgesteldBedrag);
        BigDecimal advances = input.betaaldeVoorschotten == null || input.betaaldeVoorschotten.isBlank()
                ? SettlementCalculation.proposedAdvances(grant.grantedAmount)
                : rules.requiredAmount("betaaldeVoorschotten", input.betaaldeVoorschotten);
        String grounds = rules.optional("motivering", input.motivering, 10_000);
        LocalDate settledOn = rules.requiredDate("vaststellingsdatum", input.vaststellingsdatum);
        if (settledOn != null) {
            rules.check(!settledOn.isAfter(LocalDate.now(clock)), "vaststellingsdatum",
                    "De datum van de vaststelling ligt niet in de toekomst.");
        }
        SettlementCalculation calculation = SettlementCalculation.check(rules, grant.grantedAmount, report.subsidySpent,
                finalAmount, advances, grounds);
        rules.throwIfAny();
        Settlement settlement = create(report, grant, calculation, grounds, settledOn, LocalDate.now(clock),
                clock.instant(), caller.username());
        recorded.fire(new SettlementRecorded(settlement.id));
        return settlement;
    }

    /**
     * Settles for {@code by} without a caller check and without sending the letter: for the demo
     * data. The amounts follow the same rules; a broken rule throws.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Settlement settleAs(AnnualReport report, BigDecimal finalAmount, BigDecimal advances, String grounds,
            LocalDate settledOn, String by) {
        requireSettleable(report);
        Decision grant = Decision.currentFor(report.application.id).orElseThrow();
        InputRules rules = new InputRules();
        SettlementCalculation calculation = SettlementCalculation.check(rules, grant.grantedAmount, report.subsidySpent,
                finalAmount, advances, grounds);
        rules.throwIfAny();
        return create(report, grant, calculation, grounds, settledOn, settledOn,
                settledOn.atTime(10, 0).atZone(ClockProducer.AMSTERDAM).toInstant(), by);
    }

    private void requireSettleable(AnnualReport report) {
        obstacle(report).ifPresent(reason -> {
            throw new ConflictException(reason);
        });
    }

    private Settlement create(AnnualReport report, Decision grant, SettlementCalculation calculation, String grounds,
            LocalDate settledOn, LocalDate sentOn, Instant at, String by) {
        SubsidyApplication application = report.application;
        Settlement settlement = new Settlement();
        settlement.application = application;
        settlement.decision = grant;
        settlement.report = report;
        settlement.reference = application.reference + "-V";
        settlement.grantedAmount = calculation.granted();
        settlement.spentAmount = calculation.spent();
        settlement.finalAmount = calculation.finalAmount();
        settlement.advancesPaid = calculation.advances();
        settlement.reclaimAmount = calculation.reclaim();
        settlement.paymentAmount = calculation.payment();
        settlement.grounds = grounds == null || grounds.isBlank() ? FULL_GRANT_GROUNDS : grounds;
        settlement.settledOn = settledOn;
        settlement.sentOn = sentOn;
        settlement.recordedBy = by;
        settlement.recordedAt = at;
        settlement.persist();
        StringBuilder details = new StringBuilder("Vastgesteld op ").append(Money.format(settlement.finalAmount))
                .append(" van ").append(Money.format(settlement.grantedAmount)).append(" verleend (vaststelling ")
                .append(settlement.reference).append(" van ").append(Dates.dutch(settledOn)).append(")");
        if (settlement.reclaimAmount.signum() > 0) {
            details.append("; terug te vorderen ").append(Money.format(settlement.reclaimAmount));
        }
        if (settlement.paymentAmount.signum() > 0) {
            details.append("; nog te betalen ").append(Money.format(settlement.paymentAmount));
        }
        applications.recordSettlement(application, details.toString());
        return settlement;
    }
}
