package nl.ikcregie.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.ikcregie.application.ApplicationService;
import nl.ikcregie.application.ApplicationStatus;
import nl.ikcregie.application.SubsidyApplication;
import nl.ikcregie.assessment.AssessmentService;
import nl.ikcregie.assessment.Consensus;
import nl.ikcregie.assessment.ProposedObligation;
import nl.ikcregie.round.RoundService;
import nl.ikcregie.round.RoundStatus;
import nl.ikcregie.round.SubsidyRound;
import nl.ikcregie.shared.AuditLog;
import nl.ikcregie.shared.Caller;
import nl.ikcregie.shared.ConflictException;
import nl.ikcregie.shared.Dates;
import nl.ikcregie.shared.ForbiddenException;
import nl.ikcregie.shared.InputRules;
import nl.ikcregie.shared.Money;
import nl.ikcregie.shared.NotFoundException;
import nl.ikcregie.shared.Roles;

/**
 * The college's decisions: one per advised application, following the advice or deviating from it
 * with a reason; the outcome follows from the amount, the letter from the decision. When every
 * application of the round is decided, the round is BESLOTEN.
 */
@ApplicationScoped
@Transactional
public class DecisionService {

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    ApplicationService applications;

    @Inject
    AssessmentService assessments;

    @Inject
    AdviceService advice;

    @Inject
    RoundService rounds;

    @Inject
    Event<DecisionRecorded> recorded;

    /** The decisions on an application the caller may see, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Decision> decisions(long applicationId) {
        SubsidyApplication application = readable(applicationId);
        return Decision.forApplication(application.id);
    }

    /** One decision, if the caller may see its application. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Decision get(long decisionId) {
        Decision decision = Decision.findById(decisionId);
        if (decision == null) {
            throw new NotFoundException("Besluit");
        }
        readable(decision.application.id);
        return decision;
    }

    /** The current decisions of a round (for the college's overview and the exports). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Decision> currentForRound(long roundId) {
        requireDecider();
        rounds.getVisible(roundId); // an unknown round is a 404, not a round without decisions
        Map<Long, Decision> byApplication = new java.util.HashMap<>();
        for (Decision d : Decision.currentForRound(roundId)) {
            byApplication.put(d.application.id, d);
        }
        return byApplication;
    }

    /** The college decides on one advised application. */
    public Decision record(long applicationId, BesluitInvoer input) {
        requireDecider();
        SubsidyApplication application = SubsidyApplication.findById(applicationId);
        if (application == null) {
            throw new NotFoundException("Aanvraag");
        }
        if (application.status != ApplicationStatus.GEADVISEERD || application.round.status != RoundStatus.GEADVISEERD) {
            throw new ConflictException(application.status.isDecided()
                    ? "Op deze aanvraag is al besloten; een nieuw besluit volgt alleen op een gegrond bezwaar."
                    : "Het college besluit op een aanvraag nadat het advies van de ronde is vastgesteld.");
        }
        BigDecimal advised = advice.establishedLine(application).map(l -> l.advisedAmount).orElse(null);
        InputRules rules = new InputRules();
        Terms terms = terms(rules, input, application, advised);
        rules.throwIfAny();
        Decision decision = create(application, terms, advised, null, caller.username(), true);
        closeRoundWhenAllDecided(application.round);
        return decision;
    }

    /** The college follows the advice for every application of the round not yet decided. */
    public List<Decision> followAdvice(long roundId, String decisionDate) {
        requireDecider();
        SubsidyRound round = rounds.find(roundId);
        if (round.status != RoundStatus.GEADVISEERD) {
            throw new ConflictException(round.status == RoundStatus.BESLOTEN ? "Op alle aanvragen is al besloten."
                    : "Het college besluit nadat het advies van de ronde is vastgesteld.");
        }
        InputRules rules = new InputRules();
        LocalDate decidedOn = decisionDate(rules, decisionDate);
        rules.throwIfAny();
        List<Decision> made = new ArrayList<>();
        for (SubsidyApplication application : SubsidyApplication.listForRound(roundId)) {
            if (application.status != ApplicationStatus.GEADVISEERD) {
                continue;
            }
            BigDecimal advised = advice.establishedLine(application).map(l -> l.advisedAmount).orElseThrow();
            made.add(create(application, new Terms(advised, decidedOn, null, null), advised, null, caller.username(), true));
        }
        closeRoundWhenAllDecided(round);
        return made;
    }

    /**
     * The college's decisions following the established advice, recorded for {@code by} without
     * notifying anyone and without a caller check: for the demo data's finished round.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Decision> followAdviceAs(SubsidyRound round, LocalDate decidedOn, LocalDate sentOn, String by) {
        List<Decision> made = new ArrayList<>();
        for (SubsidyApplication application : SubsidyApplication.listForRound(round.id)) {
            if (application.status == ApplicationStatus.GEADVISEERD) {
                BigDecimal advised = advice.establishedLine(application).map(l -> l.advisedAmount).orElseThrow();
                Decision decision = create(application, new Terms(advised, decidedOn, null, null), advised, null, by, false);
                decision.sentOn = sentOn;
                decision.recordedAt = sentOn.atTime(10, 0).atZone(nl.ikcregie.shared.ClockProducer.AMSTERDAM).toInstant();
                made.add(decision);
            }
        }
        closeRoundWhenAllDecided(round);
        return made;
    }

    /** The amount, date and reasons of a decision, checked by one set of rules for form, API and objection. */
    record Terms(BigDecimal granted, LocalDate decidedOn, String deviationReason, String furtherGrounds) {
    }

    Terms terms(InputRules rules, BesluitInvoer input, SubsidyApplication application, BigDecimal advised) {
        BigDecimal granted = input.toegekendBedrag == null || input.toegekendBedrag.isBlank() ? advised
                : rules.requiredAmount("toegekendBedrag", input.toegekendBedrag);
        if (granted == null && !rules.hasError("toegekendBedrag")) {
            rules.add("toegekendBedrag", "Vul het toegekende bedrag in.");
        }
        LocalDate decidedOn = decisionDate(rules, input.besluitdatum);
        String deviation = rules.optional("afwijkingsreden", input.afwijkingsreden, 2000);
        String grounds = rules.optional("motivering", input.motivering, 10_000);
        if (granted != null) {
            rules.check(granted.compareTo(application.requestedAmount) <= 0, "toegekendBedrag",
                    "Het toegekende bedrag is ten hoogste het aangevraagde bedrag, "
                            + Money.format(application.requestedAmount) + ".");
            rules.check(!DecisionOutcome.deviates(granted, advised) || deviation != null, "afwijkingsreden",
                    "Het bedrag wijkt af van het advies (" + (advised == null ? "geen advies" : Money.format(advised))
                            + "); geef de reden van de afwijking.");
        }
        return new Terms(granted, decidedOn, deviation, grounds);
    }

    private LocalDate decisionDate(InputRules rules, String value) {
        LocalDate date = rules.requiredDate("besluitdatum", value);
        if (date != null) {
            rules.check(!date.isAfter(LocalDate.now(clock)), "besluitdatum",
                    "De besluitdatum ligt niet in de toekomst; leg het besluit vast nadat het college besloot.");
        }
        return date;
    }

    /** Records a decision (or, with {@code replaces}, the new decision after an upheld objection). */
    Decision create(SubsidyApplication application, Terms terms, BigDecimal advised, Decision replaces, String by,
            boolean notify) {
        Decision decision = new Decision();
        decision.application = application;
        decision.reference = application.reference + "-B" + (Decision.countForApplication(application.id) + 1);
        decision.outcome = DecisionOutcome.of(terms.granted(), application.requestedAmount);
        decision.requestedAmount = application.requestedAmount;
        decision.advisedAmount = advised;
        decision.grantedAmount = terms.granted().setScale(2);
        decision.deviationReason = DecisionOutcome.deviates(terms.granted(), advised) ? terms.deviationReason() : null;
        decision.grounds = grounds(application, decision, terms.furtherGrounds(), replaces);
        decision.decidedOn = terms.decidedOn();
        decision.sentOn = LocalDate.now(clock);
        decision.recordedBy = by;
        decision.recordedAt = clock.instant();
        decision.replaces = replaces;
        if (decision.outcome != DecisionOutcome.AFGEWEZEN) {
            decision.settlementDue = SettlementTerm.requestDue(application.round.year);
            Consensus consensus = assessments.consensuses(List.of(application.id)).get(application.id);
            if (consensus != null) {
                for (ProposedObligation o : consensus.obligations) {
                    decision.obligations.add(new DecisionObligation(o.description, o.dueOn));
                }
            }
        }
        if (replaces != null) {
            replaces.inForce = false;
        }
        decision.persist();
        applications.recordDecision(application, decision.outcome.status(), decision.deviationReason,
                decision.outcome.label() + ": " + Money.format(decision.grantedAmount) + " (besluit " + decision.reference
                        + " van " + Dates.dutch(decision.decidedOn) + ")");
        if (notify) {
            recorded.fire(new DecisionRecorded(decision.id));
        }
        return decision;
    }

    /** The projectleider notes that an obligation was met. */
    public Decision fulfil(long decisionId, int position, String date) {
        if (!caller.hasRole(Roles.PROJECTLEIDER)) {
            throw new ForbiddenException("Alleen de projectleider legt vast dat een verplichting is nagekomen.");
        }
        Decision decision = Decision.findById(decisionId);
        if (decision == null || position < 1 || position > decision.obligations.size()) {
            throw new NotFoundException("Inspanningsverplichting");
        }
        InputRules rules = new InputRules();
        LocalDate on = rules.requiredDate("nagekomenOp", date);
        if (on != null) {
            rules.check(!on.isAfter(LocalDate.now(clock)), "nagekomenOp", "De datum ligt niet in de toekomst.");
        }
        rules.throwIfAny();
        DecisionObligation obligation = decision.obligations.get(position - 1);
        if (obligation.fulfilledOn != null) {
            throw new ConflictException("Deze verplichting is al nagekomen op " + Dates.dutch(obligation.fulfilledOn) + ".");
        }
        obligation.fulfilledOn = on;
        audit.record(ApplicationService.AUDIT_TYPE, decision.application.id, "VERPLICHTING_NAGEKOMEN", null, null, null,
                obligation.description + " (nagekomen op " + Dates.dutch(on) + ")");
        return decision;
    }

    private static String grounds(SubsidyApplication application, Decision decision, String further, Decision replaces) {
        StringBuilder text = new StringBuilder();
        if (replaces != null) {
            text.append("Dit besluit vervangt het besluit ").append(replaces.reference).append(" van ")
                    .append(Dates.dutch(replaces.decidedOn)).append(", nadat het college uw bezwaar gegrond verklaarde. ");
        }
        text.append("De IKC-commissie heeft uw aanvraag beoordeeld op de criteria van ").append(application.round.title)
                .append(" en het college geadviseerd");
        if (decision.advisedAmount != null) {
            text.append(" om ").append(Money.format(decision.advisedAmount)).append(" toe te kennen");
        }
        text.append(". ");
        if (decision.deviationReason != null) {
            text.append("Het college wijkt af van dit advies: ").append(decision.deviationReason);
            if (!decision.deviationReason.endsWith(".")) {
                text.append('.');
            }
        } else {
            text.append("Het college volgt dit advies.");
        }
        if (decision.outcome == DecisionOutcome.DEELS_TOEGEKEND) {
            text.append(" Het subsidieplafond van de ronde is verdeeld naar de rangorde van de beoordeling; "
                    + "daardoor kan niet het hele aangevraagde bedrag worden toegekend.");
        }
        if (further != null) {
            text.append("\n\n").append(further);
        }
        return text.toString();
    }

    private void closeRoundWhenAllDecided(SubsidyRound round) {
        boolean open = SubsidyApplication.listForRound(round.id).stream()
                .anyMatch(a -> a.status == ApplicationStatus.GEADVISEERD);
        if (!open && round.status == RoundStatus.GEADVISEERD) {
            rounds.markDecided(round);
        }
    }

    private SubsidyApplication readable(long applicationId) {
        if (caller.hasRole(Roles.COMMISSIELID)) {
            throw new ForbiddenException("Besluiten zijn voor de aanvrager, de projectleider en het college.");
        }
        return applications.getVisible(applicationId);
    }

    private void requireDecider() {
        if (!caller.hasAnyRole(Roles.PROJECTLEIDER, Roles.BESTUURDER)) {
            throw new ForbiddenException("Alleen het college en de projectleider leggen besluiten vast.");
        }
    }
}
