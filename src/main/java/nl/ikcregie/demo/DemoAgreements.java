package nl.ikcregie.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.ikcregie.account.User;
import nl.ikcregie.agreement.AgreementContent;
import nl.ikcregie.agreement.AgreementService;
import nl.ikcregie.agreement.FundingSource;
import nl.ikcregie.agreement.Party;
import nl.ikcregie.agreement.ResultAgreement;
import nl.ikcregie.agreement.StaffRole;
import nl.ikcregie.organisation.Ikc;
import nl.ikcregie.organisation.IkcCategory;
import nl.ikcregie.organisation.Organisation;
import nl.ikcregie.shared.ClockProducer;

/**
 * The result agreements of the nine Plus-IKCs (seed 003): agreed in spring 2022 by the gemeente, the
 * school board and the childcare partner (Sinne where it is one, else SKF), evaluated every year,
 * and for three of them amended after the 2025 evaluation (version 2, agreed early 2026). Figures
 * follow from the IKC's size, so the demo is the same on every machine. Runs inside
 * {@link DemoData#load()}'s transaction; an IKC that already has an agreement is left alone.
 */
@ApplicationScoped
class DemoAgreements {

    static final int FIRST = 2021;
    static final int LAST = 2028;
    static final Set<String> AMENDED = Set.of("IKC Plataan", "IKC Prins Maurits", "IKC Franciscus");
    static final Map<String, String> APPLICANT_OF_BOARD = Map.of("Proloog", "aanvrager-proloog", "PCBO e.o.",
            "aanvrager-pcbo", "Bisschop Möller Stichting", "aanvrager-bms");
    /** SKF has no account in the demo; its consent was given on paper and recorded by the system. */
    static final String SKF_REPRESENTATIVE = "M. Bakker, directeur Stichting Kinderopvang Friesland (getekend exemplaar, vastgelegd door de projectleider)";

    @Inject
    AgreementService agreements;

    void load(Map<String, Integer> children) {
        List<Ikc> plus = Ikc.<Ikc>list("category = ?1 order by name", IkcCategory.PLUS);
        int index = 0;
        for (Ikc ikc : plus) {
            index++;
            if (ResultAgreement.findForIkc(ikc.id, FIRST).isPresent() || !children.containsKey(ikc.name)) {
                continue;
            }
            Organisation childcare = ikc.childcarePartners.stream().filter(p -> p.name.equals("Sinne Kinderopvang"))
                    .findFirst().orElse(ikc.childcarePartners.iterator().next());
            BigDecimal factor = BigDecimal.valueOf(children.get(ikc.name)).divide(BigDecimal.valueOf(250), 4,
                    RoundingMode.HALF_UP);
            AgreementContent first = content(ikc, index, factor, false);
            ResultAgreement agreement = agreements.recordAs(ikc, childcare, FIRST, LAST, first, "projectleider",
                    at(2022, 3, 1 + index));
            consentAll(agreement, ikc, childcare, 2022, 4, index);
            agreements.evaluateAs(agreement, 2022, "Eerste jaar: het team is aangevuld met de jeugdondersteuner; "
                    + "de doelen liggen op koers.", null, "projectleider", at(2023, 2, 10 + index));
            agreements.evaluateAs(agreement, 2023, "De jeugdondersteuner VVE is gestart; het bereik onder peuters "
                    + "groeit. Geen bijstelling nodig.", null, "projectleider", at(2024, 2, 10 + index));
            agreements.evaluateAs(agreement, 2024, "Ouderbetrokkenheid blijft iets achter; de ouderkamer krijgt "
                    + "extra aandacht binnen de bestaande afspraken.", null, "projectleider", at(2025, 2, 10 + index));
            if (AMENDED.contains(ikc.name)) {
                agreements.evaluateAs(agreement, 2025, "Het aantal peuters met een VVE-indicatie is sterk gestegen. "
                        + "De partijen breiden de jeugdondersteuner VVE uit naar 20 uur en verhogen de streefwaarden "
                        + "voor taal vanaf 2026.", content(ikc, index, factor, true), "projectleider",
                        at(2026, 1, 12 + index));
                consentAll(agreement, ikc, childcare, 2026, 2, index);
            } else {
                agreements.evaluateAs(agreement, 2025, "Resultaten volgens plan; de afspraken blijven ongewijzigd.",
                        null, "projectleider", at(2026, 1, 12 + index));
            }
        }
    }

    private void consentAll(ResultAgreement agreement, Ikc ikc, Organisation childcare, int year, int month, int day) {
        consent(agreement, Party.GEMEENTE, "projectleider", at(year, month, day));
        consent(agreement, Party.ONDERWIJSKOEPEL, APPLICANT_OF_BOARD.get(ikc.schoolBoard.name),
                at(year, month, day + 3));
        if (childcare.name.equals("Sinne Kinderopvang")) {
            consent(agreement, Party.KINDEROPVANG, "aanvrager-sinne", at(year, month, day + 5));
        } else {
            agreements.consentAs(agreement, Party.KINDEROPVANG, "systeem", SKF_REPRESENTATIVE, at(year, month, day + 5));
        }
    }

    private void consent(ResultAgreement agreement, Party party, String username, Instant at) {
        String name = User.findByUsername(username).map(u -> u.displayName).orElse(username);
        agreements.consentAs(agreement, party, username, name, at);
    }

    private static AgreementContent content(Ikc ikc, int index, BigDecimal factor, boolean amended) {
        int shift = index % 4;
        List<AgreementContent.Goal> goals = List.of(
                new AgreementContent.Goal("Taalontwikkeling van jonge kinderen",
                        "Meer peuters met een VVE-indicatie nemen deel aan VVE en minder kinderen starten in groep 3 "
                                + "met een taalachterstand.",
                        List.of(indicator("Peuters met VVE-indicatie die VVE volgen", "%", 70 + shift,
                                amended ? new int[] { 74, 77, 80, 83, 86, 90, 93, 95 }
                                        : new int[] { 74, 77, 80, 83, 86, 88, 90, 92 }),
                                indicator("Kinderen met taalachterstand bij start groep 3", "%", 30 - shift,
                                        amended ? new int[] { 28, 27, 25, 23, 21, 18, 15, 13 }
                                                : new int[] { 28, 27, 25, 23, 21, 19, 17, 16 }))),
                new AgreementContent.Goal("Vroegsignalering en preventief aanbod",
                        "Opvoedvragen en ontwikkelingsproblemen worden vroeg en laagdrempelig gesignaleerd en "
                                + "binnen het IKC opgepakt.",
                        List.of(indicator("Gezinnen bereikt door de jeugdondersteuners", "aantal", 20 + 2 * shift,
                                new int[] { 30, 40, 50, 55, 60, 65, 70, 75 }),
                                indicator("Verwijzingen naar tweedelijns jeugdzorg", "aantal", 18 + shift,
                                        new int[] { 18, 17, 16, 15, 14, 13, 12, 12 }))),
                new AgreementContent.Goal("Ouderbetrokkenheid",
                        "Ouders doen mee in het IKC: ouderkamer, inloop en gezamenlijke activiteiten.",
                        List.of(indicator("Ouders die deelnemen aan ouderactiviteiten", "%", 35 - shift,
                                new int[] { 38, 41, 45, 48, 52, 55, 58, 60 }))));
        List<AgreementContent.Contribution> money = new ArrayList<>();
        for (int year = FIRST; year <= LAST; year++) {
            boolean later = amended && year >= 2026;
            add(money, Party.GEMEENTE, FundingSource.OAB, year, scaled(45000, factor));
            if (year >= 2022) {
                add(money, Party.GEMEENTE, FundingSource.VVE, year, new BigDecimal(later ? "47500" : "38000"));
            }
            add(money, Party.GEMEENTE, FundingSource.COLLEGEPROGRAMMA, year, new BigDecimal(year <= 2022 ? "22000" : "24000"));
            add(money, Party.ONDERWIJSKOEPEL, FundingSource.OAB, year, scaled(20000, factor));
            add(money, Party.ONDERWIJSKOEPEL, FundingSource.LUMPSUM, year, new BigDecimal("12000"));
            add(money, Party.KINDEROPVANG, FundingSource.EIGEN_MIDDELEN, year, new BigDecimal(later ? "8000" : "6000"));
            add(money, Party.KINDEROPVANG, FundingSource.VVE, year, scaled(4000, factor));
        }
        List<AgreementContent.Staffing> staffing = List.of(
                new AgreementContent.Staffing(StaffRole.JEUGDONDERSTEUNER, hours("22"), Party.GEMEENTE,
                        FundingSource.COLLEGEPROGRAMMA, FIRST, LAST, "kinderen 0-12, onafhankelijk (JET)"),
                new AgreementContent.Staffing(StaffRole.JEUGDONDERSTEUNER_VVE, hours(amended ? "20" : "16"),
                        Party.GEMEENTE, FundingSource.VVE, 2022, LAST, "kinderen 0-7"),
                new AgreementContent.Staffing(StaffRole.PEDAGOOG_GGD, hours("4"), Party.GEMEENTE, FundingSource.OAB,
                        FIRST, LAST, "GGD-team Opvoedpunt"),
                new AgreementContent.Staffing(StaffRole.PROCESBEGELEIDER, hours("4"), Party.ONDERWIJSKOEPEL,
                        FundingSource.LUMPSUM, FIRST, LAST, "gezamenlijk gefinancierd"),
                new AgreementContent.Staffing(StaffRole.PROCESBEGELEIDER, hours("4"), Party.KINDEROPVANG,
                        FundingSource.EIGEN_MIDDELEN, FIRST, LAST, "gezamenlijk gefinancierd"));
        String area = ikc.priorityArea == null ? ikc.neighbourhood : ikc.priorityArea.name;
        AgreementContent.Texts texts = new AgreementContent.Texts(
                "De analyse van " + area + " (Kinderen in Tel, OAB-dashboard van het CBS, Jeugdmonitor) laat veel "
                        + "peuters met een VVE-indicatie en veel opvoedvragen zien. Daarom: een jeugdondersteuner VVE "
                        + "voor 0-7 jaar, een wekelijks spreekuur van de pedagoog en een ouderkamer.",
                "Eén directeur voor onderwijs en opvang, met een IKC-stuurgroep van koepel, kinderopvang en gemeente "
                        + "die elk kwartaal de PDCA-cyclus van het IKC-jaarplan bespreekt.",
                "2022-2023: taken van jeugdondersteuner en pedagoog beschreven; 2024-2025: gezamenlijke functies in "
                        + "de werkdomeinen van het Beroepsbeeld; 2026-2028: één IKC-functiehuis met niveaus starter, "
                        + "ervaren en expert.",
                "Doorgaande lijn 0-12 in één gebouw: peutergroep en kleutergroepen werken met één VVE-programma; "
                        + "verlengde leertijd na schooltijd.");
        return new AgreementContent(goals, money, staffing, texts);
    }

    private static AgreementContent.Indicator indicator(String name, String unit, int baseline, int[] targets) {
        TreeMap<Integer, BigDecimal> map = new TreeMap<>();
        for (int i = 0; i < targets.length; i++) {
            map.put(FIRST + i, BigDecimal.valueOf(targets[i]).setScale(2));
        }
        return new AgreementContent.Indicator(name, unit, BigDecimal.valueOf(baseline).setScale(2), map);
    }

    private static void add(List<AgreementContent.Contribution> money, Party party, FundingSource source, int year,
            BigDecimal amount) {
        money.add(new AgreementContent.Contribution(party, source, year, amount.setScale(2)));
    }

    private static BigDecimal scaled(int base, BigDecimal factor) {
        return BigDecimal.valueOf(base).multiply(factor).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
                .multiply(BigDecimal.valueOf(100));
    }

    private static BigDecimal hours(String h) {
        return new BigDecimal(h).setScale(2);
    }

    private static Instant at(int year, int month, int day) {
        return LocalDate.of(year, month, day).atTime(LocalTime.of(10, 0)).atZone(ClockProducer.AMSTERDAM).toInstant();
    }
}
