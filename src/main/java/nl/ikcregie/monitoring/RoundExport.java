package nl.ikcregie.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ikcregie.application.ApplicationService;
import nl.ikcregie.application.SubsidyApplication;
import nl.ikcregie.decision.Advies;
import nl.ikcregie.decision.AdviceService;
import nl.ikcregie.decision.Decision;
import nl.ikcregie.decision.DecisionObligation;
import nl.ikcregie.organisation.Ikc;
import nl.ikcregie.report.Settlement;
import nl.ikcregie.round.RoundStatus;
import nl.ikcregie.round.RoundService;
import nl.ikcregie.round.SubsidyRound;
import nl.ikcregie.shared.web.Spreadsheet;

/**
 * A round's applications and decisions as tables for the projectleider's own analysis: one row per
 * application with the decision in force and the settlement, every decision (replaced ones too), and
 * the inspanningsverplichtingen of each decision. Who sees which application follows the application
 * feature's own rule (the college sees submitted ones only).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RoundExport {

    static final String APPLICATIONS = "Aanvragen";
    static final String DECISIONS = "Besluiten";
    static final String OBLIGATIONS = "Inspanningsverplichtingen";

    @Inject
    RoundService rounds;

    @Inject
    ApplicationService applications;

    @Inject
    AdviceService advice;

    @Inject
    Clock clock;

    /** The round as read for the export: its year (for the file name) and the tables. */
    public record Export(int year, Spreadsheet spreadsheet) {

        public Spreadsheet.Table applications() {
            return spreadsheet.tables().get(0);
        }
    }

    public Export of(long roundId) {
        SubsidyRound round = rounds.getVisible(roundId);
        // the list comes with each IKC's board and area; the deadlines' completion requests in one more query
        List<SubsidyApplication> visible = applications.listVisible(roundId).stream()
                .sorted(Comparator.comparing((SubsidyApplication a) -> a.reference == null ? "~" : a.reference)
                        .thenComparing(a -> a.id))
                .toList();
        SubsidyApplication.fetchCompletionRequests(visible);
        Map<Long, SubsidyApplication> byId = visible.stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
        List<Decision> decisions = Decision.<Decision>list("select distinct d from Decision d left join fetch d.replaces "
                + "left join fetch d.obligations where d.application.round.id = ?1", roundId).stream()
                .filter(d -> byId.containsKey(d.application.id))
                .sorted(Comparator.comparing((Decision d) -> d.reference)).toList();
        Map<Long, Decision> inForce = decisions.stream().filter(d -> d.inForce)
                .collect(Collectors.toMap(d -> d.application.id, Function.identity(), (a, b) -> a));
        Map<Long, Settlement> settlements = Settlement.<Settlement>list("application.round.id = ?1", roundId).stream()
                .collect(Collectors.toMap(s -> s.application.id, Function.identity(), (a, b) -> a));
        Map<Long, BigDecimal> advised = advised(round);

        Spreadsheet spreadsheet = new Spreadsheet();
        Spreadsheet.Table table = spreadsheet.table(APPLICATIONS).integer("Aanvraag-id").text("Kenmerk").text("IKC")
                .text("Categorie").text("Aandachtsgebied").text("Schoolbestuur").text("Status")
                .money("Aangevraagd bedrag").dateTime("Ingediend op").date("Beslistermijn")
                .money("Geadviseerd bedrag").text("Besluit").money("Toegekend bedrag").date("Besluitdatum")
                .money("Vastgesteld bedrag").money("Terug te vorderen");
        LocalDate today = LocalDate.now(clock);
        for (SubsidyApplication a : visible) {
            Decision d = inForce.get(a.id);
            Settlement s = settlements.get(a.id);
            Ikc ikc = a.ikc;
            table.row(a.id, a.reference, ikc.name, ikc.category.label(),
                    ikc.priorityArea == null ? null : ikc.priorityArea.name, ikc.schoolBoard.name, a.status.label(),
                    a.requestedAmount, a.submittedAt, a.decisionDeadline(today),
                    d != null && d.advisedAmount != null ? d.advisedAmount : advised.get(a.id),
                    d == null ? null : d.outcome.label(), d == null ? null : d.grantedAmount,
                    d == null ? null : d.decidedOn, s == null ? null : s.finalAmount, s == null ? null : s.reclaimAmount);
        }

        Spreadsheet.Table decided = spreadsheet.table(DECISIONS).integer("Besluit-id").text("Kenmerk")
                .text("Aanvraag").text("IKC").text("Uitkomst").money("Aangevraagd bedrag").money("Geadviseerd bedrag")
                .money("Toegekend bedrag").text("Afwijkingsreden").date("Besluitdatum").date("Verzonden op")
                .date("Bezwaartermijn tot").date("Vaststelling aanvragen uiterlijk").text("Geldend").text("Vervangt");
        for (Decision d : decisions) {
            SubsidyApplication a = byId.get(d.application.id);
            decided.row(d.id, d.reference, a.reference, a.ikc.name, d.outcome.label(), d.requestedAmount,
                    d.advisedAmount, d.grantedAmount, d.deviationReason, d.decidedOn, d.sentOn, d.objectionPeriodEnd(),
                    d.settlementDue, d.inForce ? "ja" : "nee", d.replaces == null ? null : d.replaces.reference);
        }

        Spreadsheet.Table obligations = spreadsheet.table(OBLIGATIONS).text("Besluit").text("Aanvraag").text("IKC")
                .integer("Nummer").text("Omschrijving").date("Deadline").date("Nagekomen op").text("Besluit geldend");
        for (Decision d : decisions) {
            SubsidyApplication a = byId.get(d.application.id);
            for (int i = 0; i < d.obligations.size(); i++) {
                DecisionObligation o = d.obligations.get(i);
                obligations.row(d.reference, a.reference, a.ikc.name, i + 1, o.description, o.dueOn, o.fulfilledOn,
                        d.inForce ? "ja" : "nee");
            }
        }
        return new Export(round.year, spreadsheet);
    }

    /** The advised amounts before the college decided: the advice exists from the closing of the round. */
    private Map<Long, BigDecimal> advised(SubsidyRound round) {
        if (round.status == RoundStatus.CONCEPT || round.status == RoundStatus.OPEN) {
            return Map.of();
        }
        Map<Long, BigDecimal> amounts = new HashMap<>();
        for (Advies.Item item : advice.advice(round.id).items()) {
            amounts.put(item.aanvraagId(), item.geadviseerdBedrag());
        }
        return amounts;
    }
}
