package nl.ikcregie.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.ikcregie.bench.Model.Grant;
import nl.ikcregie.bench.Model.Ikc;
import nl.ikcregie.bench.Model.Obligation;
import nl.ikcregie.bench.Model.ReportFate;
import nl.ikcregie.bench.PlusIkcs.Agreement;
import nl.ikcregie.bench.PlusIkcs.Content;
import nl.ikcregie.bench.PlusIkcs.Indicator;
import nl.ikcregie.bench.PlusIkcs.Staff;
import nl.ikcregie.shared.Dates;
import nl.ikcregie.shared.Money;

/**
 * The yearly PDCA reports every IKC owed (a grant of the year, or a Plus-IKC predicaat valid in it),
 * as they stand in November 2026, and the settlements (vaststellingen) of the approved ones.
 */
final class Reports {

    static final String AUDIT = "JAARRAPPORTAGE";
    static final String FULL_GRANT_GROUNDS = "Uit uw jaarrapportage blijkt dat de activiteiten waarvoor de subsidie is "
            + "verleend zijn verricht en dat aan de verplichtingen is voldaan. Daarom stellen wij de subsidie vast op het "
            + "verleende bedrag (artikel 4:46 van de Algemene wet bestuursrecht).";

    private final Load load;
    private final ReferenceData ref;
    private final Rounds rounds;
    private final PlusIkcs plus;
    long sampleReportId;
    long sampleIkcId;
    long sampleAgreementId;

    Reports(Load load, ReferenceData ref, Rounds rounds, PlusIkcs plus) {
        this.load = load;
        this.ref = ref;
        this.rounds = rounds;
        this.plus = plus;
    }

    void load() throws SQLException {
        Map<Long, Ikc> ikcs = new HashMap<>();
        ref.ikcs.forEach(i -> ikcs.put(i.id, i));
        Map<Integer, Map<Long, Grant>> grants = new TreeMap<>();
        for (Grant g : rounds.grants) {
            grants.computeIfAbsent(g.year(), y -> new TreeMap<>()).put(g.ikc().id, g);
        }
        for (int year = Plan.FIRST_YEAR; year <= Plan.ADVICE_YEAR; year++) {
            Map<Long, Grant> ofYear = grants.getOrDefault(year, Map.of());
            TreeMap<Long, Boolean> due = new TreeMap<>();
            ofYear.keySet().forEach(id -> due.put(id, false));
            if (year >= Plan.PROGRAMME_FIRST) {
                plus.agreements.keySet().forEach(id -> due.put(id, true));
            }
            int index = 0;
            int plusOnly = 0;
            for (Map.Entry<Long, Boolean> e : due.entrySet()) {
                Grant g = ofYear.get(e.getKey());
                Agreement agreement = e.getValue() ? plus.agreements.get(e.getKey()) : null;
                ReportFate fate = g != null ? g.fate() : plusFate(year, plusOnly++);
                if (fate != ReportFate.NOT_STARTED) {
                    report(ikcs.get(e.getKey()), year, g, agreement, fate, index);
                }
                index++;
            }
            load.section("Jaarrapportages " + year);
        }
    }

    /** A Plus-IKC without a grant that year: reports up to 2023 approved, 2024 mostly, 2025 in every state. */
    private static ReportFate plusFate(int year, int index) {
        if (year < Plan.LAST_DECIDED_YEAR) {
            return ReportFate.GOEDGEKEURD;
        }
        int slot = index % 20;
        if (year == Plan.LAST_DECIDED_YEAR) {
            return slot < 17 ? ReportFate.GOEDGEKEURD : slot < 19 ? ReportFate.INGEDIEND : ReportFate.CONCEPT;
        }
        if (slot < 2) {
            return ReportFate.NOT_STARTED;
        }
        if (slot < 4) {
            return ReportFate.CONCEPT;
        }
        if (slot == 4) {
            return ReportFate.WIJZIGING_GEVRAAGD;
        }
        return slot < 9 ? ReportFate.INGEDIEND : ReportFate.GOEDGEKEURD;
    }

    private void report(Ikc ikc, int year, Grant g, Agreement agreement, ReportFate fate, int k) throws SQLException {
        long id = load.id("annual_report");
        boolean filled = fate != ReportFate.CONCEPT;
        String applicant = ikc.board.applicant;
        LocalDateTime created = Load.at(LocalDate.of(year + 1, 1, 10 + k % 19), 9, 0);
        LocalDate dueOn = g != null ? g.settlementDue() : LocalDate.of(year + 1, 4, 1);
        int versionNumber = agreement == null ? 0 : agreement.versionFor(year);
        Content content = agreement == null ? null : agreement.agreed().get(versionNumber - 1);

        List<String> plan = new ArrayList<>();
        if (g != null) {
            plan.add("Hoe: " + g.how());
            plan.add("Wat: " + g.what());
        }
        if (agreement != null) {
            plan.add("Resultaatafspraak " + Plan.PROGRAMME_FIRST + "-" + Plan.PROGRAMME_LAST + ", versie " + versionNumber
                    + ": de streefwaarden voor " + year + " staan hieronder.");
        }
        Long spentCents = null;
        String spendingNote = null;
        if (g != null && filled) {
            spentCents = g.grantedCents();
            if (k % 7 == 5) {
                long less = Math.max(100_00L, g.grantedCents() * (5 + k % 21) / 100 / 10_000 * 10_000);
                spentCents = Math.max(0, g.grantedCents() - less);
                spendingNote = "Een deel van de geplande activiteiten viel uit of werd intern verzorgd; daardoor is "
                        + Money.format(Load.euro(g.grantedCents() - spentCents)) + " minder besteed.";
            }
        }
        String status = switch (fate) {
            case CONCEPT -> "CONCEPT";
            case WIJZIGING_GEVRAAGD -> "WIJZIGING_GEVRAAGD";
            case INGEDIEND -> "INGEDIEND";
            default -> "GOEDGEKEURD";
        };
        LocalDateTime submitted = filled ? Load.at(LocalDate.of(year + 1, 3, 1 + k % 25), 11, 0) : null;
        LocalDateTime reviewed = switch (fate) {
            case WIJZIGING_GEVRAAGD -> Load.at(LocalDate.of(year + 1, 4, 5 + k % 20), 10, 0);
            case GOEDGEKEURD, SETTLED -> Load.at(LocalDate.of(year + 1, 5, 1 + k % 25), 16, 0);
            default -> null;
        };
        String reviewNote = fate == ReportFate.WIJZIGING_GEVRAAGD ? "De besteding per partij wijkt af van de afspraak; "
                + "licht toe welke activiteiten minder kostten en waarom."
                : reviewed != null && k % 3 == 0 ? "Helder verslag; de resultaten liggen op koers." : null;
        LocalDateTime updated = reviewed != null ? reviewed : submitted != null ? submitted : created.plusDays(5);
        String updatedBy = reviewed != null ? ReferenceData.PROJECTLEIDER : applicant;
        String done = filled || k % 2 == 0 ? ikc.name + " heeft in " + year + " " + Names.ACTIONS.get(k % Names.ACTIONS.size())
                + " opgezet, naast " + Names.ACTIONS.get((k + 2) % Names.ACTIONS.size()) + ". Het team van school en "
                + "opvang plande de activiteiten samen en evalueerde ze elk kwartaal in de IKC-stuurgroep." : null;
        String act = filled ? "Volgend jaar zetten we de doorgaande lijn voort: één gezamenlijk VVE-programma voor peuters "
                + "en kleuters, vaste overleggen tussen leerkrachten en pedagogisch medewerkers, en een ouderkamer die elke "
                + "week open is." : null;
        String amendment = filled && agreement != null && k % 3 == 0 ? "De uren van de jeugdondersteuner VVE uitbreiden; "
                + "de vraag onder peuters groeit sneller dan in de afspraak voorzien." : null;
        load.table("annual_report", "id", "ikc_id", "report_year", "school_board_id", "application_id", "agreement_id",
                "agreement_version", "status", "due_on", "granted_amount", "plan_text", "done_text", "subsidy_spent",
                "spending_note", "act_text", "amendment_proposal", "submitted_at", "submitted_by", "reviewed_at",
                "reviewed_by", "review_note", "created_by", "created_at", "updated_by", "updated_at", "version")
                .row(id, ikc.id, year, ikc.board.id, g == null ? null : g.applicationId(),
                        agreement == null ? null : agreement.id(), agreement == null ? null : versionNumber, status, dueOn,
                        g == null ? null : Load.euro(g.grantedCents()), plan.isEmpty() ? null : String.join("\n\n", plan),
                        done, spentCents == null ? null : Load.euro(spentCents), spendingNote, act, amendment, submitted,
                        submitted == null ? null : applicant, reviewed, reviewed == null ? null : ReferenceData.PROJECTLEIDER,
                        reviewNote, applicant, created, updatedBy, updated, 0L);
        levels(id, ikc, year, g != null, filled, k);
        if (g != null) {
            obligations(id, g.obligations(), filled, k);
        }
        if (content != null) {
            check(id, content, year, filled, k);
        }
        history(id, ikc, year, g, versionNumber, fate, created, submitted, reviewed, reviewNote, dueOn);
        if (fate == ReportFate.SETTLED) {
            settle(id, g, spentCents, reviewed.toLocalDate().plusDays(14));
        }
        if (year == Plan.ADVICE_YEAR && fate == ReportFate.GOEDGEKEURD && sampleReportId == 0) {
            sampleReportId = id;
            sampleIkcId = ikc.id;
            sampleAgreementId = agreement.id();
        }
    }

    /** The twelve levels beside those reported before (or, the first time, the application's self-assessment). */
    private void levels(long reportId, Ikc ikc, int year, boolean subsidised, boolean filled, int k) throws SQLException {
        int[] previous = null;
        for (int y = year - 1; y >= Plan.FIRST_YEAR && previous == null; y--) {
            previous = ikc.reportedLevels.get(y);
        }
        if (previous == null) {
            for (int y = year; y >= Plan.FIRST_YEAR && previous == null; y--) {
                previous = ikc.appliedLevels.get(y);
            }
        }
        int[] now = new int[Plan.CRITERIA];
        for (int c = 0; c < Plan.CRITERIA; c++) {
            int before = previous == null ? 1 : previous[c];
            boolean up = (c + 1 + k) % 4 == 0 && before < 4;
            now[c] = up ? before + 1 : before;
            load.table("annual_report_level", "report_id", "criterion", "previous_level", "level").row(reportId, c + 1,
                    previous == null ? null : Rounds.LEVELS[previous[c]], filled ? Rounds.LEVELS[now[c]] : null);
        }
        ikc.reportedLevels.put(year, filled ? now : previous != null ? previous : now);
    }

    private void obligations(long reportId, List<Obligation> obligations, boolean filled, int k) throws SQLException {
        for (int i = 0; i < obligations.size(); i++) {
            Obligation o = obligations.get(i);
            String status = o.fulfilledOn() != null ? "NAGEKOMEN" : !filled ? null
                    : (k + i) % 2 == 0 ? "DEELS_NAGEKOMEN" : "NIET_NAGEKOMEN";
            String explanation = status == null || status.equals("NAGEKOMEN") ? null : status.equals("DEELS_NAGEKOMEN")
                    ? "Gestart in het najaar; twee van de vier geplande bijeenkomsten zijn gehouden."
                    : "Door langdurig verzuim van de IKC-coördinator is dit niet van de grond gekomen; het staat bovenaan "
                            + "het jaarplan.";
            load.table("annual_report_obligation", "report_id", "position", "description", "due_on", "status",
                    "explanation").row(reportId, i, o.description(), o.dueOn(), status, explanation);
        }
    }

    /** The Plus-IKC's Check: indicators against the year's targets, money per party, staffing in place. */
    private void check(long reportId, Content content, int year, boolean filled, int k) throws SQLException {
        List<Indicator> indicators = content.allIndicators();
        for (int j = 0; j < indicators.size(); j++) {
            Indicator x = indicators.get(j);
            long target = x.targetCents()[year - Plan.PROGRAMME_FIRST];
            int delta = (k * 7 + j * 3) % 7 - 3;
            Long realised = filled ? Math.max(0, target + delta * 100L) : null;
            String note = filled && delta < -1 ? "Lager dan de streefwaarde: de start van het schooljaar liep vertraging op "
                    + "door personeelswisselingen." : null;
            load.table("annual_report_indicator", "report_id", "position", "goal_title", "name", "unit", "baseline",
                    "target", "realised", "note").row(reportId, j, x.goal(), x.name(), x.unit(),
                            Load.euro(x.baselineCents()), Load.euro(target), realised == null ? null : Load.euro(realised),
                            note);
        }
        int j = 0;
        for (Map.Entry<String, Long> e : content.perParty(year).entrySet()) {
            BigDecimal agreed = Load.euro(e.getValue());
            BigDecimal spent = !filled ? null : (k + j) % 3 == 0
                    ? agreed.multiply(new BigDecimal("0.94")).setScale(2, RoundingMode.HALF_UP) : agreed;
            load.table("annual_report_spending", "report_id", "party", "agreed", "spent").row(reportId, e.getKey(), agreed,
                    spent);
            j++;
        }
        List<Staff> staffing = content.staffingIn(year);
        for (int s = 0; s < staffing.size(); s++) {
            long agreed = staffing.get(s).hoursCents();
            Long inPlace = !filled ? null : (k + s) % 6 == 3 ? Math.max(0, agreed - 4_00) : agreed;
            load.table("annual_report_staffing", "report_id", "position", "staff_role", "agreed_hours", "hours_in_place")
                    .row(reportId, s, staffing.get(s).role(), Load.euro(agreed), inPlace == null ? null : Load.euro(inPlace));
        }
    }

    private void history(long id, Ikc ikc, int year, Grant g, int version, ReportFate fate, LocalDateTime created,
            LocalDateTime submitted, LocalDateTime reviewed, String reviewNote, LocalDate dueOn) throws SQLException {
        String applicant = ikc.board.applicant;
        load.audit(AUDIT, id, "AANGEMAAKT", null, "CONCEPT", null, "Jaarrapportage " + year + " " + ikc.name
                + "; uiterlijk in te dienen op " + dueOn + (version > 0 ? "; streefwaarden uit versie " + version
                        + " van de resultaatafspraak" : ""), applicant, created);
        load.audit(AUDIT, id, "CONCEPT_OPGESLAGEN", null, null, null, submitted == null ? "Bijgewerkt: uitvoering"
                : "Bijgewerkt: uitvoering, check, act", applicant, submitted == null ? created.plusDays(5) : submitted.minusDays(2));
        if (submitted == null) {
            return;
        }
        load.audit(AUDIT, id, "INGEDIEND", "CONCEPT", "INGEDIEND", null,
                g != null ? "Tevens aanvraag tot vaststelling van de subsidie (Awb 4:44)" : null, applicant, submitted);
        if (fate == ReportFate.WIJZIGING_GEVRAAGD) {
            load.audit(AUDIT, id, "WIJZIGING_GEVRAAGD", "INGEDIEND", "WIJZIGING_GEVRAAGD", reviewNote, null,
                    ReferenceData.PROJECTLEIDER, reviewed);
        } else if (reviewed != null) {
            load.audit(AUDIT, id, "GOEDGEKEURD", "INGEDIEND", "GOEDGEKEURD", null, reviewNote, ReferenceData.PROJECTLEIDER,
                    reviewed);
        }
    }

    /** The settlement at what was spent (never above the grant), the whole grant having been paid as advance. */
    private void settle(long reportId, Grant g, long spentCents, LocalDate on) throws SQLException {
        long finalCents = Math.min(spentCents, g.grantedCents());
        long reclaim = g.grantedCents() - finalCents;
        String reference = g.reference() + "-V";
        String grounds = reclaim > 0 ? "Uit de jaarrapportage blijkt dat " + Money.format(Load.euro(finalCents))
                + " is besteed aan de activiteiten waarvoor de subsidie is verleend; de subsidie wordt op dat bedrag "
                + "vastgesteld (artikel 4:46, tweede lid, Awb)." : FULL_GRANT_GROUNDS;
        load.table("settlement", "id", "application_id", "decision_id", "report_id", "reference", "granted_amount",
                "spent_amount", "final_amount", "advances_paid", "reclaim_amount", "payment_amount", "grounds",
                "settled_on", "sent_on", "recorded_by", "recorded_at").row(load.id("settlement"), g.applicationId(),
                        g.decisionId(), reportId, reference, Load.euro(g.grantedCents()), Load.euro(spentCents),
                        Load.euro(finalCents), Load.euro(g.grantedCents()), Load.euro(reclaim), Load.euro(0), grounds, on,
                        on, ReferenceData.PROJECTLEIDER, Load.at(on, 10, 0));
        String details = "Vastgesteld op " + Money.format(Load.euro(finalCents)) + " van " + Money.format(
                Load.euro(g.grantedCents())) + " verleend (vaststelling " + reference + " van " + Dates.dutch(on) + ")"
                + (reclaim > 0 ? "; terug te vorderen " + Money.format(Load.euro(reclaim)) : "");
        load.audit(Rounds.AUDIT, g.applicationId(), "VASTGESTELD", g.outcome(), "VASTGESTELD", null, details,
                ReferenceData.PROJECTLEIDER, Load.at(on, 10, 0));
    }
}
