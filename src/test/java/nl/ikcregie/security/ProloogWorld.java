package nl.ikcregie.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ikcregie.ClosedRounds;
import nl.ikcregie.Fixtures;
import nl.ikcregie.GrantedRounds;
import nl.ikcregie.Sessions;
import nl.ikcregie.account.User;
import nl.ikcregie.application.ApplicationAttachment;
import nl.ikcregie.application.SubsidyApplication;
import nl.ikcregie.report.SettlementFixtures;
import nl.ikcregie.shared.ClockProducer;

/**
 * The objects of organisation Proloog whose ids fill the path parameters: demo data where the demo
 * has one in the state needed, otherwise made here through the API as other tests do (in rounds of
 * fresh years, so no other test meets them). {@link #fill} names which object each parameter gets.
 */
final class ProloogWorld {

    static final String PROLOOG = "Proloog";
    /** A Proloog IKC (school board Proloog, partners Sinne and SKF) whose application is under assessment. */
    static final String ASSESSED_IKC = "IKC De Wâldrâne";
    /** A Proloog IKC whose application is granted, with a report, settlement and objection. */
    static final String GRANTED_IKC = "IKC De Seinpost";
    static final int MONITORING_YEAR = 2026;

    final long organisation;
    final long account;
    final long area;
    final long ikc;
    final long round;
    final long application;
    final long applicationAttachment;
    final long decidedRound;
    final int decidedYear;
    final long decidedApplication;
    final long decision;
    final long objection;
    final long report;
    final long settlement;
    final long designation;
    final long designationAttachment;
    final long agreement;
    /** A registration in the zaaksysteem of the application under assessment, given up (the beheerder retries it). */
    final long zgwRegistration;
    /** The references (kenmerken) of the two applications: no page or answer for another school board shows them. */
    final List<String> applicationReferences;

    private ProloogWorld() {
        String today = LocalDate.now(ClockProducer.AMSTERDAM).toString();
        organisation = Fixtures.organisationId(PROLOOG);
        account = QuarkusTransaction.requiringNew().call(() -> User.findByUsername("aanvrager-proloog").orElseThrow().id);
        area = Sessions.api("projectleider").get("/api/v1/aandachtsgebieden").jsonPath().getLong("[0].id");

        // an application under assessment: ontvankelijk in a closed round, with an attachment
        ClosedRounds.ClosedRound closed = ClosedRounds.of("750000", ASSESSED_IKC);
        round = closed.id();
        application = closed.application(ASSESSED_IKC);
        ikc = Sessions.api("projectleider").get("/api/v1/aanvragen/" + application).jsonPath().getLong("ikcId");
        applicationAttachment = QuarkusTransaction.requiringNew().call(() -> {
            // stored directly: the API only adds attachments while the applicant may still change the application
            ApplicationAttachment a = new ApplicationAttachment();
            a.application = SubsidyApplication.findById(application);
            a.filename = "begroting.pdf";
            a.content = "%PDF-1.4\n%%EOF\n".getBytes();
            a.sizeBytes = a.content.length;
            a.uploadedAt = Instant.now();
            a.uploadedBy = "aanvrager-proloog";
            a.persist();
            return a.id;
        });

        // a granted application with its decision (one obligation), an objection, an approved report and its settlement
        GrantedRounds.GrantedRound granted = GrantedRounds.of("60000", GRANTED_IKC);
        decidedRound = granted.id();
        decidedYear = granted.year();
        decidedApplication = granted.application(GRANTED_IKC);
        decision = granted.decision(GRANTED_IKC);
        objection = Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("ontvangenOp", today, "indiener", "Proloog, namens " + GRANTED_IKC, "samenvatting",
                        "Bezwaar voor de autorisatietest."))
                .post("/api/v1/besluiten/" + decision + "/bezwaren").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        report = SettlementFixtures.approvedReport(decidedApplication, "30000");
        settlement = Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("vastgesteldBedrag", "30000", "betaaldeVoorschotten", "30000", "vaststellingsdatum", today))
                .post("/api/v1/jaarrapportages/" + report + "/vaststelling").then().statusCode(201).extract().jsonPath()
                .getLong("id");

        designation = proposedDesignation(today);
        long version = Sessions.api("projectleider").get("/api/v1/plus-predicaten/" + designation).jsonPath()
                .getLong("versie");
        designationAttachment = Sessions.api("projectleider").contentType("application/pdf")
                .header("If-Match", "\"" + version + "\"").body("%PDF-1.4\n%%EOF\n".getBytes())
                .post("/api/v1/plus-predicaten/" + designation + "/voorwaarden/1/bijlagen?bestandsnaam=plan.pdf").then()
                .statusCode(201).extract().jsonPath().getLong("id");

        // a demo result agreement of a Proloog Plus-IKC (only read, or sent invalid input)
        List<Map<String, Object>> agreements = Sessions.api("projectleider").get("/api/v1/resultaatafspraken").jsonPath()
                .getList("$");
        applicationReferences = List.of(reference(application), reference(decidedApplication));
        zgwRegistration = nl.ikcregie.zgw.ZgwFixtures.failedRegistration(application, "Voor de autorisatietest");
        agreement = agreements.stream().filter(a -> ((Number) a.get("onderwijskoepelId")).longValue() == organisation)
                .map(a -> ((Number) a.get("id")).longValue()).findFirst().orElseThrow();
    }

    private static String reference(long application) {
        return Sessions.api("projectleider").get("/api/v1/aanvragen/" + application).jsonPath().getString("kenmerk");
    }

    /** A proposal (Plus-IKC predicaat) for a new Proloog IKC in a new aandachtsgebied valid today. */
    private long proposedDesignation(String today) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        LocalDate now = LocalDate.parse(today);
        long newArea = Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("naam", "Autorisatiewijk " + suffix, "geldigVanaf", now.minusYears(1).toString(), "geldigTot",
                        now.plusYears(3).toString()))
                .post("/api/v1/aandachtsgebieden").then().statusCode(201).extract().jsonPath().getLong("id");
        long newIkc = Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("naam", "IKC Autorisatie " + suffix, "organisatieId", organisation, "categorie", "REGULIER",
                        "aandachtsgebiedId", newArea, "kinderopvangIds",
                        List.of(Fixtures.organisationId("Sinne Kinderopvang")), "wijk", "Autorisatiewijk"))
                .post("/api/v1/ikcs").then().statusCode(201).extract().jsonPath().getLong("id");
        JsonPath proposed = Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("ikcId", newIkc, "motivering", "Voordracht voor de autorisatietest"))
                .post("/api/v1/plus-predicaten").then().statusCode(201).extract().jsonPath();
        return proposed.getLong("id");
    }

    private static ProloogWorld instance;

    /** Made once per test run (the walker's test methods share it). */
    static synchronized ProloogWorld get() {
        if (instance == null) {
            instance = new ProloogWorld();
        }
        return instance;
    }

    /**
     * The path with every parameter replaced by the id of a Proloog object. Paths about decisions
     * ({@code besluiten}, {@code bezwaren}) use the granted application and its round; all other
     * application paths use the one under assessment, so that the commissie's rules show.
     */
    String fill(String template) {
        boolean decided = template.contains("/besluiten") || template.contains("/bezwaren");
        boolean designationPath = template.contains("/plus-predicaten");
        String[] segments = template.split("/", -1);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            int open = segment.indexOf('{');
            if (open < 0) {
                out.add(segment);
                continue;
            }
            int close = segment.indexOf('}');
            String name = segment.substring(open + 1, close);
            String before = i > 0 ? segments[i - 1] : "";
            out.add(segment.substring(0, open) + value(name, before, decided, designationPath, template)
                    + segment.substring(close + 1));
        }
        return String.join("/", out);
    }

    /**
     * The query an endpoint cannot do without (else it answers 400 for everyone allowed, and the work
     * behind it would go unwalked): the year of the granted application's report, versions to compare.
     */
    String query(String template) {
        return switch (template) {
            case "/api/v1/jaarrapportages/export.xlsx", "/api/v1/jaarrapportages/export.csv" -> "?jaar=" + decidedYear;
            case "/api/v1/resultaatafspraken/{id}/verschillen" -> "?van=1&naar=1";
            default -> "";
        };
    }

    private Object value(String name, String before, boolean decided, boolean designationPath, String template) {
        return switch (name) {
            case "id" -> switch (before) {
                case "accounts" -> account;
                case "organisaties", "meetpunt" -> organisation;
                case "aandachtsgebieden" -> area;
                case "ikcs" -> ikc;
                case "rondes", "subsidierondes" -> decided ? decidedRound : round;
                case "aanvragen" -> decided ? decidedApplication : application;
                case "plus-predicaten" -> designation;
                case "resultaatafspraken" -> agreement;
                case "jaarrapportages" -> report;
                case "zgw", "zgw-registraties" -> zgwRegistration;
                default -> throw unknown(name, template);
            };
            case "rondeId" -> decided ? decidedRound : round;
            case "aanvraagId" -> decided ? decidedApplication : application;
            case "bijlageId" -> designationPath ? designationAttachment : applicationAttachment;
            case "besluitId" -> decision;
            case "bezwaarId" -> objection;
            case "rapportageId" -> report;
            case "vaststellingId" -> settlement;
            case "nummer", "versie" -> 1; // obligation 1 of the decision, condition 1 of the predicaat, version 1
            case "jaar" -> MONITORING_YEAR;
            case "slug" -> "plan";
            default -> throw unknown(name, template);
        };
    }

    private static IllegalStateException unknown(String name, String template) {
        return new IllegalStateException("No Proloog object for {" + name + "} in " + template
                + "; add it to ProloogWorld.value (and to security/README.md)");
    }
}
