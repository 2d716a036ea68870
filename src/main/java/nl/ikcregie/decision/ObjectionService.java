package nl.ikcregie.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.ikcregie.application.ApplicationService;
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
 * Objections (bezwaar) against decisions: registered with the date of receipt, their term tracked
 * (six weeks, twelve with an advisory committee, plus at most six weeks' extension), and ended
 * with an outcome; an upheld objection gives a new decision with its own letter.
 */
@ApplicationScoped
@Transactional
public class ObjectionService {

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    DecisionService decisions;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Objection> forApplication(long applicationId) {
        decisions.decisions(applicationId); // the same visibility as the decisions
        return Objection.forApplication(applicationId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Objection get(long id) {
        Objection objection = Objection.findById(id);
        if (objection == null) {
            throw new NotFoundException("Bezwaar");
        }
        decisions.get(objection.decision.id);
        return objection;
    }

    public Objection register(long decisionId, BezwaarInvoer input) {
        requireProjectleider();
        Decision decision = Decision.findById(decisionId);
        if (decision == null) {
            throw new NotFoundException("Besluit");
        }
        if (!decision.inForce) {
            throw new ConflictException("Dit besluit is vervangen door een nieuw besluit; registreer het bezwaar daartegen.");
        }
        InputRules rules = new InputRules();
        LocalDate received = rules.requiredDate("ontvangenOp", input.ontvangenOp);
        if (received != null) {
            rules.check(!received.isAfter(LocalDate.now(clock)), "ontvangenOp", "De ontvangstdatum ligt niet in de toekomst.");
            rules.check(!received.isBefore(decision.sentOn), "ontvangenOp",
                    "Een bezwaar komt binnen na de verzending van het besluit (" + Dates.dutch(decision.sentOn) + ").");
        }
        String objector = rules.required("indiener", input.indiener, 300);
        String summary = rules.required("samenvatting", input.samenvatting, 10_000);
        boolean advisoryCommittee = rules.optionalBoolean("adviescommissie", input.adviescommissie);
        rules.throwIfAny();
        Objection objection = new Objection();
        objection.decision = decision;
        objection.receivedOn = received;
        objection.objector = objector;
        objection.summary = summary;
        objection.advisoryCommittee = advisoryCommittee;
        objection.registeredBy = caller.username();
        objection.registeredAt = clock.instant();
        objection.persist();
        audit.record(ApplicationService.AUDIT_TYPE, decision.application.id, "BEZWAAR_ONTVANGEN", null, null, null,
                "Bezwaar van " + objector + " tegen " + decision.reference + ", ontvangen " + Dates.dutch(received)
                        + (objection.inTime() ? "" : " (na de bezwaartermijn)") + "; beslissen uiterlijk "
                        + Dates.dutch(objection.deadline()));
        return objection;
    }

    /** The college extends the term once, by at most six weeks (Awb 7:10 lid 3). */
    public Objection extend(long id, BezwaarAfhandeling input) {
        requireProjectleider();
        Objection objection = open(id, input.versie);
        if (objection.extensionWeeks > 0) {
            throw new ConflictException("De beslistermijn van dit bezwaar is al verdaagd.");
        }
        InputRules rules = new InputRules();
        Integer weeks = rules.requiredWholeNumber("weken", input.weken, 1, ObjectionTerm.MAXIMUM_EXTENSION_WEEKS);
        String reason = rules.required("reden", input.reden, 2000);
        rules.throwIfAny();
        LocalDate before = objection.deadline();
        objection.extensionWeeks = weeks;
        objection.extensionReason = reason;
        audit.record(ApplicationService.AUDIT_TYPE, objection.decision.application.id, "BEZWAAR_VERDAAGD", null, null,
                reason, "Beslissen op bezwaar uiterlijk " + Dates.dutch(objection.deadline()) + " (was " + Dates.dutch(before)
                        + ")");
        return objection;
    }

    /** The decision on the objection; upheld gives a new decision that replaces the contested one. */
    public Objection decide(long id, BezwaarAfhandeling input) {
        requireProjectleider();
        Objection objection = open(id, input.versie);
        InputRules rules = new InputRules();
        ObjectionOutcome outcome = rules.requiredEnum("uitkomst", input.uitkomst, ObjectionOutcome.class);
        LocalDate on = rules.requiredDate("datum", input.datum);
        if (on != null) {
            rules.check(!on.isAfter(LocalDate.now(clock)), "datum", "De datum ligt niet in de toekomst.");
            rules.check(!on.isBefore(objection.receivedOn), "datum", "De beslissing volgt op de ontvangst van het bezwaar.");
        }
        String grounds = rules.required("motivering", input.motivering, 10_000);
        Decision contested = objection.decision;
        BigDecimal amount = null;
        if (outcome == ObjectionOutcome.GEGROND) {
            // an upheld objection leads to a new decision (Awb 7:11): its amount is required
            amount = rules.requiredAmount("toegekendBedrag", input.toegekendBedrag);
            if (amount != null) {
                rules.check(amount.compareTo(contested.requestedAmount) <= 0, "toegekendBedrag",
                        "Het toegekende bedrag is ten hoogste het aangevraagde bedrag, "
                                + Money.format(contested.requestedAmount) + ".");
                rules.check(amount.compareTo(contested.grantedAmount) != 0, "toegekendBedrag",
                        "Bij een gegrond bezwaar verandert het besluit; het bedrag is nu al "
                                + Money.format(contested.grantedAmount) + ".");
            }
        }
        rules.throwIfAny();
        objection.outcome = outcome;
        objection.outcomeOn = on;
        objection.outcomeReason = grounds;
        if (outcome == ObjectionOutcome.GEGROND) {
            objection.newDecision = decisions.create(contested.application,
                    new DecisionService.Terms(amount, on, grounds, null), contested.advisedAmount, contested,
                    caller.username(), true);
        }
        audit.record(ApplicationService.AUDIT_TYPE, contested.application.id, "BEZWAAR_AFGEHANDELD", null, null, grounds,
                "Bezwaar " + outcome.label().toLowerCase() + " verklaard op " + Dates.dutch(on)
                        + (objection.newDecision == null ? "" : "; nieuw besluit " + objection.newDecision.reference));
        return objection;
    }

    private Objection open(long id, Long version) {
        Objection objection = Objection.findById(id);
        if (objection == null) {
            throw new NotFoundException("Bezwaar");
        }
        ConflictException.requireVersion(version, objection.version);
        if (!objection.isOpen()) {
            throw new ConflictException("Op dit bezwaar is al beslist.");
        }
        return objection;
    }

    private void requireProjectleider() {
        if (!caller.hasRole(Roles.PROJECTLEIDER)) {
            throw new ForbiddenException("Alleen de projectleider registreert en behandelt bezwaren.");
        }
    }
}
