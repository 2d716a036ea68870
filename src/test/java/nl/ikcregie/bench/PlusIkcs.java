package nl.ikcregie.bench;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.ikcregie.bench.Model.Ikc;
import nl.ikcregie.bench.Model.Org;
import nl.ikcregie.shared.Dates;

/**
 * The Plus-IKCs: their predicaat (the first term 2021-2024, herijkt in 2023 and ended at its term,
 * and the second, granted from 2025 to the programme's end), a few proposals of other IKCs, and one
 * result agreement 2021-2028 each with its versions, consents, yearly evaluations and content.
 */
final class PlusIkcs {

    static final String DESIGNATION_AUDIT = "PLUS_PREDICAAT";
    static final String AGREEMENT_AUDIT = "RESULTAATAFSPRAAK";
    static final List<String> EVIDENCE = List.of(
            "Directeur en locatiemanager kinderopvang sturen samen; visie op ondersteuning en ouderbetrokkenheid in het IKC-plan.",
            "Teambesluit na de analysebijeenkomst; werkwijze aangepast in het jaarplan.",
            "Intentieverklaring van schoolbestuur en kinderopvang voor de hele looptijd van Kansen voor Kinderen 2.",
            "Resultaatafspraken met koepel, kinderopvang en gemeente vastgesteld.",
            "Jeugdondersteuner en jeugdondersteuner VVE in het team; pedagoog van de GGD enkele uren per week.",
            "Inzet van de extra middelen gebaseerd op de data-analyse en signalen uit het team.",
            "Ouderkamer en spreekuur van de jeugdondersteuner in het gebouw van het IKC.",
            "Collectieve aanpak in de groepen in plaats van individuele trajecten.",
            "Preventief aanbod voor ouders en kinderen; minder verwijzingen naar tweedelijnszorg.",
            "Neemt deel aan de data-analyse en aan het onderzoek van NHL Stenden.",
            "Werkt mee in de werkgroep functiehuis IKC.");

    record Indicator(String goal, String name, String unit, long baselineCents, long[] targetCents) {
    }

    record Contribution(String party, String source, int year, long cents) {
    }

    record Staff(String role, long hoursCents, String fundedBy, String source, int firstYear, int lastYear, String note) {
    }

    /** The content of one version of an agreement. */
    record Content(List<String> goalTitles, List<String> goalDescriptions, List<List<Indicator>> indicators,
            List<Contribution> contributions, List<Staff> staffing, List<String> texts) {

        List<Indicator> allIndicators() {
            return indicators.stream().flatMap(List::stream).toList();
        }

        /** What each party contributes in a year, by party name (the order the report's table reads). */
        Map<String, Long> perParty(int year) {
            Map<String, Long> sums = new TreeMap<>();
            contributions.stream().filter(c -> c.year() == year).forEach(c -> sums.merge(c.party(), c.cents(), Long::sum));
            return sums;
        }

        List<Staff> staffingIn(int year) {
            return staffing.stream().filter(s -> s.firstYear() <= year && year <= s.lastYear()).toList();
        }
    }

    /** A Plus-IKC's agreement: its id, childcare party and the content of its agreed versions. */
    record Agreement(long id, Org childcare, List<Content> agreed, boolean amended) {

        /** The version whose targets a report of this year holds: the latest agreed one when the report started. */
        int versionFor(int year) {
            return amended && year >= 2024 ? 2 : 1;
        }
    }

    private final Load load;
    private final ReferenceData ref;
    final Map<Long, Agreement> agreements = new LinkedHashMap<>();

    PlusIkcs(Load load, ReferenceData ref) {
        this.load = load;
        this.ref = ref;
    }

    void load() throws SQLException {
        for (Ikc ikc : ref.plusIkcs) {
            firstTerm(ikc);
            secondTerm(ikc);
        }
        int other = 0;
        for (Ikc ikc : ref.ikcs) {
            if (ikc.areaId != null && !ikc.plus) {
                if (other % 20 == 0) {
                    proposal(ikc);
                } else if (other % 20 == 10) {
                    refused(ikc);
                }
                other++;
            }
        }
        load.section("Plus-IKC predicaten");
        for (int i = 0; i < ref.plusIkcs.size(); i++) {
            agreement(ref.plusIkcs.get(i), i);
        }
        load.section("Resultaatafspraken");
    }

    // ---- predicaten ---------------------------------------------------------------------------------

    private long designation(Ikc ikc, String status, LocalDate proposed, String note, LocalDate decided,
            LocalDate validFrom, LocalDate validUntil, LocalDate reviewOn, String previous, LocalDate closed,
            String closingReason, LocalDateTime updated) throws SQLException {
        long id = load.id("plus_designation");
        load.table("plus_designation", "id", "ikc_id", "status", "proposed_on", "proposed_by", "proposal_note",
                "decided_on", "decided_by", "valid_from", "valid_until", "review_on", "exception_reason",
                "previous_category", "closed_on", "closing_reason", "review_flagged_on", "review_flag_reason",
                "updated_at", "updated_by", "version").row(id, ikc.id, status, proposed, ReferenceData.PROJECTLEIDER,
                        note, decided, decided == null ? null : ReferenceData.BESTUURDER, validFrom, validUntil, reviewOn,
                        null, previous, closed, closingReason, null, null, updated, ReferenceData.PROJECTLEIDER, 0L);
        load.audit(DESIGNATION_AUDIT, id, "VOORGEDRAGEN", null, "VOORGESTELD", note, ikc.name + " voorgedragen "
                + "(aandachtsgebied " + ikc.areaName + ")", ReferenceData.PROJECTLEIDER, Load.at(proposed, 10, 0));
        return id;
    }

    /** The eleven conditions; the first {@code met} met, checked on {@code checked} when that is given. */
    private void conditions(long designationId, int met, LocalDate checked) throws SQLException {
        for (int n = 1; n <= EVIDENCE.size(); n++) {
            boolean isMet = n <= met;
            load.table("plus_designation_condition", "id", "designation_id", "condition_number", "met", "evidence",
                    "checked_by", "checked_at").row(load.id("plus_designation_condition"), designationId, n, isMet,
                            isMet ? EVIDENCE.get(n - 1) : null, checked == null ? null : ReferenceData.PROJECTLEIDER,
                            checked == null ? null : Load.at(checked, 10, 0));
        }
        if (checked != null) {
            load.audit(DESIGNATION_AUDIT, designationId, "VOORWAARDE_GETOETST", null, null, null, met == EVIDENCE.size()
                    ? "alle " + met + " voorwaarden voldaan" : met + " van de " + EVIDENCE.size() + " voorwaarden voldaan",
                    ReferenceData.PROJECTLEIDER, Load.at(checked, 10, 0));
        }
    }

    /** 2021-2024: granted at the programme's start, continued at the herijking of 2023, ended at its term. */
    private void firstTerm(Ikc ikc) throws SQLException {
        LocalDate from = LocalDate.of(2021, 1, 1);
        LocalDate until = LocalDate.of(2024, 12, 31);
        LocalDate decided = LocalDate.of(2020, 12, 15);
        LocalDate closed = LocalDate.of(2024, 12, 17);
        long id = designation(ikc, "BEEINDIGD", LocalDate.of(2020, 10, 15),
                "Komt volgens de locatieanalyse van " + ikc.areaName + " in aanmerking voor Kansen voor Kinderen 2.",
                decided, from, until, null, "REGULIER", closed, "De looptijd van vier jaar eindigt op 31 december 2024; "
                        + "het IKC is opnieuw voorgedragen en heeft het predicaat voor 2025-2028.", Load.at(closed, 10, 0));
        conditions(id, EVIDENCE.size(), LocalDate.of(2020, 11, 2));
        load.audit(DESIGNATION_AUDIT, id, "TOEGEKEND", "VOORGESTELD", "TOEGEKEND", null, "besluit "
                + Dates.dutch(decided) + "; geldig " + Dates.dutch(from) + " tot en met " + Dates.dutch(until),
                ReferenceData.BESTUURDER, Load.at(decided, 10, 0));
        LocalDate reviewed = LocalDate.of(2023, 1, 10);
        load.table("plus_designation_review", "id", "designation_id", "reviewed_on", "outcome", "reason", "area_valid",
                "unmet_conditions", "valid_until_before", "valid_until_after", "next_review_on", "recorded_by",
                "recorded_at").row(load.id("plus_designation_review"), id, reviewed, "VOORTZETTEN",
                        "Herijking met die van de aandachtsgebieden: het gebied blijft aandachtsgebied en alle "
                                + "voorwaarden blijven voldaan.", true, null, until, until, null,
                        ReferenceData.PROJECTLEIDER, Load.at(reviewed, 14, 0));
        load.audit(DESIGNATION_AUDIT, id, "HERIJKT", "TOEGEKEND", "TOEGEKEND", "Voortzetten: het gebied blijft "
                + "aandachtsgebied en alle voorwaarden blijven voldaan.", null, ReferenceData.PROJECTLEIDER,
                Load.at(reviewed, 14, 0));
        load.audit(DESIGNATION_AUDIT, id, "BEEINDIGD", "TOEGEKEND", "BEEINDIGD", "Looptijd verstreken; opnieuw toegekend "
                + "voor 2025-2028.", "geldig tot " + Dates.dutch(until) + " → " + Dates.dutch(until),
                ReferenceData.PROJECTLEIDER, Load.at(closed, 10, 0));
    }

    /** 2025-2028: proposed again in the autumn of 2024 and granted to the end of the programme. */
    private void secondTerm(Ikc ikc) throws SQLException {
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate until = LocalDate.of(2028, 12, 31);
        LocalDate decided = LocalDate.of(2024, 12, 17);
        long id = designation(ikc, "TOEGEKEND", LocalDate.of(2024, 10, 15),
                "Opnieuw voorgedragen voor de tweede termijn van Kansen voor Kinderen 2.", decided, from, until,
                LocalDate.of(2027, 1, 1), "REGULIER", null, null, Load.at(decided, 10, 0));
        conditions(id, EVIDENCE.size(), LocalDate.of(2024, 11, 1));
        load.audit(DESIGNATION_AUDIT, id, "TOEGEKEND", "VOORGESTELD", "TOEGEKEND", null, "besluit "
                + Dates.dutch(decided) + "; geldig " + Dates.dutch(from) + " tot en met " + Dates.dutch(until),
                ReferenceData.BESTUURDER, Load.at(decided, 10, 0));
    }

    /** A proposal this autumn, its conditions half checked. */
    private void proposal(Ikc ikc) throws SQLException {
        LocalDate proposed = LocalDate.of(2026, 10, 5);
        long id = designation(ikc, "VOORGESTELD", proposed, "Voorgedragen na de herijking van " + ikc.areaName + ".",
                null, null, null, null, null, null, null, Load.at(proposed.plusDays(14), 10, 0));
        conditions(id, 6, proposed.plusDays(14));
    }

    /** A proposal of 2024 that the college refused: two conditions were not met. */
    private void refused(Ikc ikc) throws SQLException {
        LocalDate closed = LocalDate.of(2024, 12, 17);
        String reason = "Niet voldaan aan voorwaarde 10 en 11: het IKC neemt (nog) niet deel aan de data-analyse en de "
                + "werkgroep functiehuis.";
        long id = designation(ikc, "AFGEWEZEN", LocalDate.of(2024, 10, 15), "Voorgedragen door het schoolbestuur.",
                null, null, null, null, null, closed, reason, Load.at(closed, 10, 0));
        conditions(id, 9, LocalDate.of(2024, 11, 1));
        load.audit(DESIGNATION_AUDIT, id, "AFGEWEZEN", "VOORGESTELD", "AFGEWEZEN", reason, null,
                ReferenceData.BESTUURDER, Load.at(closed, 10, 0));
    }

    // ---- resultaatafspraken ---------------------------------------------------------------------------

    private void agreement(Ikc ikc, int index) throws SQLException {
        Org childcare = ikc.partners.get(0);
        boolean amended = index % 10 == 3;
        boolean concept = index % 33 == 5;
        double factor = ikc.children / 250.0;
        long id = load.id("result_agreement");
        LocalDateTime created = Load.at(LocalDate.of(2021, 2, 1 + index % 20), 10, 0);
        load.table("result_agreement", "id", "ikc_id", "municipality_id", "school_board_id", "childcare_id",
                "first_year", "last_year", "created_by", "created_at", "version").row(id, ikc.id,
                        ref.municipality.id, ikc.board.id, childcare.id, Plan.PROGRAMME_FIRST, Plan.PROGRAMME_LAST,
                        ReferenceData.PROJECTLEIDER, created, 0L);
        String title = "Resultaatafspraak " + ikc.name + " " + Plan.PROGRAMME_FIRST + "-" + Plan.PROGRAMME_LAST;
        load.audit(AGREEMENT_AUDIT, id, "AANGEMAAKT", null, "CONCEPT", null, title + "; versie 1 in concept, opgesteld door "
                + ReferenceData.PROJECTLEIDER, ReferenceData.PROJECTLEIDER, created);
        List<Content> agreed = new ArrayList<>();
        Content first = content(ikc, index, factor, false);
        agreed.add(first);
        version(id, ikc, childcare, 1, "AKKOORD", null, first, created, LocalDate.of(2021, 3, 1 + index % 25), 3);
        int number = 1;
        for (int year = Plan.PROGRAMME_FIRST; year <= 2025; year++) {
            boolean amends = amended && year == 2023 || concept && year == 2025;
            LocalDateTime at = Load.at(LocalDate.of(year + 1, 1, 10 + index % 15), 10, 0);
            load.table("agreement_evaluation", "id", "agreement_id", "evaluation_year", "evaluated_version", "text",
                    "leads_to_amendment", "recorded_by", "recorded_at").row(load.id("agreement_evaluation"), id, year,
                            number, evaluation(year, amends), amends, ReferenceData.PROJECTLEIDER, at);
            load.audit(AGREEMENT_AUDIT, id, "GEEVALUEERD", null, null, null, "Evaluatie " + year + " van versie " + number
                    + (amends ? "; leidt tot een wijziging" : "; geen wijziging nodig"), ReferenceData.PROJECTLEIDER, at);
            if (amends) {
                number++;
                String reason = "Jaarlijkse evaluatie " + year;
                load.audit(AGREEMENT_AUDIT, id, "WIJZIGING_GESTART", null, "CONCEPT", reason, "Versie " + number
                        + " in concept, gebaseerd op versie " + (number - 1), ReferenceData.PROJECTLEIDER, at);
                if (year == 2023) {
                    Content second = content(ikc, index, factor, true);
                    agreed.add(second);
                    version(id, ikc, childcare, number, "AKKOORD", reason, second, at, LocalDate.of(2024, 3, 1 + index % 25), 3);
                } else {
                    // the amendment of the 2025 evaluation is still being agreed: only the gemeente has consented
                    Content next = withExtraPedagogue(content(ikc, index, factor, true));
                    version(id, ikc, childcare, number, "CONCEPT", reason, next, at, LocalDate.of(2026, 2, 2 + index % 20), 1);
                }
            }
        }
        agreements.put(ikc.id, new Agreement(id, childcare, agreed, amended));
    }

    /** A version with its content and the first {@code consents} consents (all three make it agreed). */
    private void version(long agreementId, Ikc ikc, Org childcare, int number, String status, String reason,
            Content content, LocalDateTime created, LocalDate consentFrom, int consents) throws SQLException {
        long id = load.id("agreement_version");
        LocalDateTime agreedAt = consents == 3 ? Load.at(consentFrom.plusDays(5), 15, 0) : null;
        load.table("agreement_version", "id", "agreement_id", "number", "status", "amendment_reason", "data_analysis",
                "steering", "functiehuis", "organisation_of_care", "created_by", "created_at", "agreed_at", "version")
                .row(id, agreementId, number, status, reason, content.texts().get(0), content.texts().get(1),
                        content.texts().get(2), content.texts().get(3), ReferenceData.PROJECTLEIDER, created, agreedAt, 0L);
        for (int g = 0; g < content.goalTitles().size(); g++) {
            long goalId = load.id("agreement_goal");
            load.table("agreement_goal", "id", "version_id", "position", "title", "description")
                    .row(goalId, id, g, content.goalTitles().get(g), content.goalDescriptions().get(g));
            List<Indicator> indicators = content.indicators().get(g);
            for (int i = 0; i < indicators.size(); i++) {
                Indicator indicator = indicators.get(i);
                long indicatorId = load.id("agreement_indicator");
                load.table("agreement_indicator", "id", "goal_id", "position", "name", "unit", "baseline")
                        .row(indicatorId, goalId, i, indicator.name(), indicator.unit(), Load.euro(indicator.baselineCents()));
                for (int y = 0; y < indicator.targetCents().length; y++) {
                    load.table("agreement_indicator_target", "indicator_id", "target_year", "target")
                            .row(indicatorId, Plan.PROGRAMME_FIRST + y, Load.euro(indicator.targetCents()[y]));
                }
            }
        }
        for (Contribution c : content.contributions()) {
            load.table("agreement_contribution", "version_id", "party", "source", "contribution_year", "amount")
                    .row(id, c.party(), c.source(), c.year(), Load.euro(c.cents()));
        }
        for (int s = 0; s < content.staffing().size(); s++) {
            Staff staff = content.staffing().get(s);
            load.table("agreement_staffing", "version_id", "position", "staff_role", "hours_per_week", "funded_by",
                    "source", "first_year", "last_year", "note").row(id, s, staff.role(), Load.euro(staff.hoursCents()),
                            staff.fundedBy(), staff.source(), staff.firstYear(), staff.lastYear(), staff.note());
        }
        String[][] parties = { { "GEMEENTE", ReferenceData.PROJECTLEIDER, ref.displayNames.get(ReferenceData.PROJECTLEIDER),
            ref.municipality.name }, { "ONDERWIJSKOEPEL", ikc.board.applicant, ikc.board.applicantName, ikc.board.name },
            { "KINDEROPVANG", childcare.applicant, childcare.applicantName, childcare.name } };
        for (int p = 0; p < consents; p++) {
            LocalDateTime at = Load.at(consentFrom.plusDays(p * 2L + (p == 2 ? 1 : 0)), 15, 0);
            load.table("agreement_consent", "version_id", "party", "consented_by", "consented_by_name", "consented_at")
                    .row(id, parties[p][0], parties[p][1], parties[p][2], at);
            load.audit(AGREEMENT_AUDIT, agreementId, "INGESTEMD", null, null, null, "Versie " + number + ": "
                    + label(parties[p][0]) + " (" + parties[p][3] + ") stemt in, door " + parties[p][2], parties[p][1], at);
        }
        if (consents == 3) {
            load.audit(AGREEMENT_AUDIT, agreementId, "AKKOORD", "CONCEPT", "AKKOORD", null, "Versie " + number
                    + " is akkoord: alle drie partijen stemden in", parties[2][1], agreedAt);
        }
    }

    private static String label(String party) {
        return switch (party) {
            case "GEMEENTE" -> "Gemeente";
            case "ONDERWIJSKOEPEL" -> "Onderwijskoepel";
            default -> "Kinderopvang";
        };
    }

    private static String evaluation(int year, boolean amends) {
        return switch (year) {
            case 2021 -> "Eerste jaar: het team is aangevuld met de jeugdondersteuner; de doelen liggen op koers.";
            case 2022 -> "De jeugdondersteuner VVE is gestart; het bereik onder peuters groeit. Geen bijstelling nodig.";
            case 2023 -> amends ? "Het aantal peuters met een VVE-indicatie is sterk gestegen. De partijen breiden de "
                    + "jeugdondersteuner VVE uit naar 20 uur en verhogen de streefwaarden voor taal."
                    : "Ouderbetrokkenheid blijft iets achter; de ouderkamer krijgt extra aandacht binnen de bestaande afspraken.";
            case 2024 -> "Resultaten volgens plan; de afspraken blijven ongewijzigd.";
            default -> amends ? "De vraag naar opvoedondersteuning groeit; de partijen voegen uren van de pedagoog toe."
                    : "Resultaten volgens plan; de afspraken blijven ongewijzigd.";
        };
    }

    /** The content of seed 003's agreements, its money following the IKC's size. */
    private static Content content(Ikc ikc, int index, double factor, boolean amended) {
        int shift = index % 4;
        List<List<Indicator>> indicators = List.of(
                List.of(indicator("Taalontwikkeling van jonge kinderen", "Peuters met VVE-indicatie die VVE volgen", "%",
                        70 + shift, amended ? new int[] { 74, 77, 80, 83, 86, 90, 93, 95 }
                                : new int[] { 74, 77, 80, 83, 86, 88, 90, 92 }),
                        indicator("Taalontwikkeling van jonge kinderen", "Kinderen met taalachterstand bij start groep 3",
                                "%", 30 - shift, amended ? new int[] { 28, 27, 25, 23, 21, 18, 15, 13 }
                                        : new int[] { 28, 27, 25, 23, 21, 19, 17, 16 })),
                List.of(indicator("Vroegsignalering en preventief aanbod", "Gezinnen bereikt door de jeugdondersteuners",
                        "aantal", 20 + 2 * shift, new int[] { 30, 40, 50, 55, 60, 65, 70, 75 }),
                        indicator("Vroegsignalering en preventief aanbod", "Verwijzingen naar tweedelijns jeugdzorg",
                                "aantal", 18 + shift, new int[] { 18, 17, 16, 15, 14, 13, 12, 12 })),
                List.of(indicator("Ouderbetrokkenheid", "Ouders die deelnemen aan ouderactiviteiten", "%", 35 - shift,
                        new int[] { 38, 41, 45, 48, 52, 55, 58, 60 })));
        List<Contribution> money = new ArrayList<>();
        for (int year = Plan.PROGRAMME_FIRST; year <= Plan.PROGRAMME_LAST; year++) {
            boolean later = amended && year >= 2024;
            money.add(new Contribution("GEMEENTE", "OAB", year, scaled(45_000, factor)));
            if (year >= 2022) {
                money.add(new Contribution("GEMEENTE", "VVE", year, (later ? 47_500 : 38_000) * 100L));
            }
            money.add(new Contribution("GEMEENTE", "COLLEGEPROGRAMMA", year, (year <= 2022 ? 22_000 : 24_000) * 100L));
            money.add(new Contribution("ONDERWIJSKOEPEL", "OAB", year, scaled(20_000, factor)));
            money.add(new Contribution("ONDERWIJSKOEPEL", "LUMPSUM", year, 12_000_00L));
            money.add(new Contribution("KINDEROPVANG", "EIGEN_MIDDELEN", year, (later ? 8_000 : 6_000) * 100L));
            money.add(new Contribution("KINDEROPVANG", "VVE", year, scaled(4_000, factor)));
        }
        List<Staff> staffing = List.of(
                new Staff("JEUGDONDERSTEUNER", 22_00, "GEMEENTE", "COLLEGEPROGRAMMA", Plan.PROGRAMME_FIRST,
                        Plan.PROGRAMME_LAST, "kinderen 0-12, onafhankelijk (JET)"),
                new Staff("JEUGDONDERSTEUNER_VVE", amended ? 20_00 : 16_00, "GEMEENTE", "VVE", 2022, Plan.PROGRAMME_LAST,
                        "kinderen 0-7"),
                new Staff("PEDAGOOG_GGD", 4_00, "GEMEENTE", "OAB", Plan.PROGRAMME_FIRST, Plan.PROGRAMME_LAST,
                        "GGD-team Opvoedpunt"),
                new Staff("PROCESBEGELEIDER", 4_00, "ONDERWIJSKOEPEL", "LUMPSUM", Plan.PROGRAMME_FIRST,
                        Plan.PROGRAMME_LAST, "gezamenlijk gefinancierd"),
                new Staff("PROCESBEGELEIDER", 4_00, "KINDEROPVANG", "EIGEN_MIDDELEN", Plan.PROGRAMME_FIRST,
                        Plan.PROGRAMME_LAST, "gezamenlijk gefinancierd"));
        String area = ikc.areaName == null ? ikc.neighbourhood : ikc.areaName;
        List<String> texts = List.of(
                "De analyse van " + area + " (Kinderen in Tel, OAB-dashboard van het CBS, Jeugdmonitor) laat veel "
                        + "peuters met een VVE-indicatie en veel opvoedvragen zien. Daarom: een jeugdondersteuner VVE "
                        + "voor 0-7 jaar, een wekelijks spreekuur van de pedagoog en een ouderkamer.",
                "Eén directeur voor onderwijs en opvang, met een IKC-stuurgroep van koepel, kinderopvang en gemeente "
                        + "die elk kwartaal de PDCA-cyclus van het IKC-jaarplan bespreekt.",
                "2021-2022: taken van jeugdondersteuner en pedagoog beschreven; 2023-2025: gezamenlijke functies in "
                        + "de werkdomeinen van het Beroepsbeeld; 2026-2028: één IKC-functiehuis met niveaus starter, "
                        + "ervaren en expert.",
                "Doorgaande lijn 0-12 in één gebouw: peutergroep en kleutergroepen werken met één VVE-programma; "
                        + "verlengde leertijd na schooltijd.");
        return new Content(List.of("Taalontwikkeling van jonge kinderen", "Vroegsignalering en preventief aanbod",
                "Ouderbetrokkenheid"), List.of("Meer peuters met een VVE-indicatie nemen deel aan VVE en minder kinderen "
                        + "starten in groep 3 met een taalachterstand.", "Opvoedvragen en ontwikkelingsproblemen worden "
                        + "vroeg en laagdrempelig gesignaleerd en binnen het IKC opgepakt.", "Ouders doen mee in het IKC: "
                        + "ouderkamer, inloop en gezamenlijke activiteiten."), indicators, money, staffing, texts);
    }

    private static Content withExtraPedagogue(Content c) {
        List<Staff> staffing = new ArrayList<>(c.staffing());
        staffing.add(new Staff("PEDAGOOG_GGD", 6_00, "GEMEENTE", "OAB", 2026, Plan.PROGRAMME_LAST,
                "uitbreiding na de evaluatie 2025"));
        return new Content(c.goalTitles(), c.goalDescriptions(), c.indicators(), c.contributions(), List.copyOf(staffing),
                c.texts());
    }

    private static Indicator indicator(String goal, String name, String unit, int baseline, int[] targets) {
        long[] cents = new long[targets.length];
        for (int i = 0; i < targets.length; i++) {
            cents[i] = targets[i] * 100L;
        }
        return new Indicator(goal, name, unit, baseline * 100L, cents);
    }

    /** An amount in proportion to the IKC's size, in whole hundreds of euros. */
    private static long scaled(int base, double factor) {
        return Math.max(100, Math.round(base * factor / 100)) * 100 * 100;
    }
}
