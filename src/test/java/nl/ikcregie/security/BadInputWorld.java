package nl.ikcregie.security;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ikcregie.ClosedRounds;
import nl.ikcregie.Fixtures;
import nl.ikcregie.GrantedRounds;
import nl.ikcregie.Rounds;
import nl.ikcregie.Sessions;
import nl.ikcregie.application.ApplicationResourceTest;
import nl.ikcregie.report.ReportStatus;
import nl.ikcregie.report.SettlementFixtures;
import nl.ikcregie.shared.ClockProducer;

/**
 * The test's own objects, in the states that let each API operation get as far as its input rules: a
 * round in concept and an open one with a Proloog draft and a submitted application, a closed round to
 * assess, a granted round with a decision, an objection and yearly reports in three states, Plus-IKC
 * predicaten (proposed and granted) and a drafted result agreement. Demo data is only read.
 */
final class BadInputWorld {

    static final String PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";

    final LocalDate today = LocalDate.now(ClockProducer.AMSTERDAM);
    final long proloog = Fixtures.organisationId("Proloog");
    final long sinne = Fixtures.organisationId("Sinne Kinderopvang");

    final long area;
    final long ikc;
    final long organisation;
    final long conceptRound;
    final long openRound;
    final long draft;
    final long draftAttachment;
    final long submitted;
    final ClosedRounds.ClosedRound closed;
    /** A round whose advice is established and on which the college has not decided yet. */
    final ClosedRounds.ClosedRound advised;
    final GrantedRounds.GrantedRound granted;
    final long objection;
    final long conceptReport;
    final long submittedReport;
    final long approvedReport;
    final long settlement;
    /** A granted IKC of {@link #granted} without a yearly report yet, for starting one. */
    final long ikcWithoutReport;
    final long proposedDesignation;
    final long proposedDesignationIkc;
    final long grantedDesignation;
    final long designationAttachment;
    final long ikcToPropose;
    final long agreement;
    final long plusIkcWithoutAgreement;
    /** A registration in the zaaksysteem that gave up (the registration itself is off in the tests). */
    final long zgwRegistration;

    BadInputWorld() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        area = created(Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("naam", "Fuzzwijk " + suffix, "geldigVanaf", today.minusYears(1).toString(), "geldigTot",
                        today.plusYears(3).toString()))
                .post("/api/v1/aandachtsgebieden").then().extract().jsonPath(), "area");
        ikc = newIkc("IKC Fuzz " + suffix, "REGULIER");
        organisation = created(Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("naam", "Fuzz Opvang " + suffix, "soort", "KINDEROPVANG"))
                .post("/api/v1/organisaties").then().extract().jsonPath(), "organisation");

        conceptRound = created(Sessions.api("projectleider").contentType("application/json")
                .body(Rounds.body(Rounds.freshYear(), "750000", "50000")).post("/api/v1/subsidierondes").then()
                .extract().jsonPath(), "concept round");
        openRound = Rounds.open(Rounds.freshYear());
        draft = ApplicationResourceTest.draft(openRound, "aanvrager-proloog", "IKC De Seinpost").getLong("id");
        Sessions.api("aanvrager-proloog").contentType("application/json")
                .body(ApplicationResourceTest.content(draft, 0, "30000")).put("/api/v1/aanvragen/" + draft).then()
                .statusCode(200);
        draftAttachment = created(Sessions.api("aanvrager-proloog").contentType("application/pdf")
                .queryParam("versie", 1).queryParam("bestandsnaam", "plan.pdf")
                .body(PDF.getBytes(StandardCharsets.US_ASCII)).post("/api/v1/aanvragen/" + draft + "/bijlagen").then()
                .extract().jsonPath(), "application attachment");
        submitted = ApplicationResourceTest.draft(openRound, "aanvrager-proloog", "IKC It Bolwurk").getLong("id");
        Sessions.api("aanvrager-proloog").contentType("application/json")
                .body(ApplicationResourceTest.content(submitted, 0, "30000")).put("/api/v1/aanvragen/" + submitted).then()
                .statusCode(200);
        Sessions.api("aanvrager-proloog").contentType("application/json").body(Map.of("versie", 1))
                .post("/api/v1/aanvragen/" + submitted + "/indiening").then().statusCode(200);

        closed = ClosedRounds.of("750000", "IKC De Wâldrâne", "IKC De Pôlepleats");
        long assessed = closed.application("IKC De Wâldrâne");
        Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("commissieleden", List.of("commissie-bms", "commissie-pcbo")))
                .put("/api/v1/aanvragen/" + assessed + "/toewijzing").then().statusCode(200);
        ClosedRounds.assess("commissie-bms", assessed, 4, "30000");
        Sessions.api("projectleider").contentType("application/json").body(consensus())
                .put("/api/v1/aanvragen/" + assessed + "/consensus").then().statusCode(200);
        advised = ClosedRounds.of("750000", "IKC De Oranjetún");
        ClosedRounds.assess("commissie-bms", advised.application("IKC De Oranjetún"), 4, "30000");
        Sessions.api("projectleider").contentType("application/json").body(consensus())
                .put("/api/v1/aanvragen/" + advised.application("IKC De Oranjetún") + "/consensus").then()
                .statusCode(200);
        Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("versie", version("/api/v1/subsidierondes/" + advised.id())))
                .post("/api/v1/subsidierondes/" + advised.id() + "/advies/vaststelling").then().statusCode(200);
        granted = GrantedRounds.of("750000", "IKC De Seinpost", "IKC It Bolwurk", "IKC De Tsjotter",
                "IKC De Oranjetún", "IKC De Wâlslach");
        objection = created(Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("ontvangenOp", today.toString(), "indiener", "Ouderraad", "samenvatting",
                        "Het toegekende bedrag is te laag."))
                .post("/api/v1/besluiten/" + granted.decision("IKC De Seinpost") + "/bezwaren").then().extract()
                .jsonPath(), "objection");
        conceptReport = SettlementFixtures.report(granted.application("IKC De Seinpost"), "25000", ReportStatus.CONCEPT);
        submittedReport = SettlementFixtures.report(granted.application("IKC It Bolwurk"), "25000",
                ReportStatus.INGEDIEND);
        approvedReport = SettlementFixtures.report(granted.application("IKC De Tsjotter"), "25000",
                ReportStatus.GOEDGEKEURD);
        ikcWithoutReport = ApplicationResourceTest.ikcId("IKC De Oranjetún");
        zgwRegistration = nl.ikcregie.zgw.ZgwFixtures.failedRegistration(submitted, "Voor de test met foute invoer");
        long settled = SettlementFixtures.approvedReport(granted.application("IKC De Wâlslach"), "25000");
        settlement = created(Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("vaststellingsdatum", today.toString(), "motivering", "Minder besteed dan verleend."))
                .post("/api/v1/jaarrapportages/" + settled + "/vaststelling").then().extract().jsonPath(), "settlement");

        proposedDesignationIkc = newIkc("IKC Fuzz voordracht " + suffix, "REGULIER");
        proposedDesignation = propose(proposedDesignationIkc);
        designationAttachment = created(Sessions.api("projectleider").contentType("application/pdf")
                .queryParam("versie", version("/api/v1/plus-predicaten/" + proposedDesignation))
                .queryParam("bestandsnaam", "onderbouwing.pdf").body(PDF.getBytes(StandardCharsets.US_ASCII))
                .post("/api/v1/plus-predicaten/" + proposedDesignation + "/voorwaarden/1/bijlagen").then().extract()
                .jsonPath(), "designation attachment");
        grantedDesignation = propose(newIkc("IKC Fuzz predicaat " + suffix, "REGULIER"));
        for (int n = 1; n <= 11; n++) {
            Sessions.api("projectleider").contentType("application/json")
                    .body(Map.of("voldaan", true, "onderbouwing", "Blijkt uit het IKC-plan", "versie",
                            version("/api/v1/plus-predicaten/" + grantedDesignation)))
                    .put("/api/v1/plus-predicaten/" + grantedDesignation + "/voorwaarden/" + n).then().statusCode(200);
        }
        Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("besluitdatum", today.toString(), "geldigVanaf", today.toString(), "versie",
                        version("/api/v1/plus-predicaten/" + grantedDesignation)))
                .post("/api/v1/plus-predicaten/" + grantedDesignation + "/toekenning").then().statusCode(200);
        ikcToPropose = newIkc("IKC Fuzz kandidaat " + suffix, "REGULIER");

        agreement = nl.ikcregie.agreement.AgreementFixtures.draft();
        plusIkcWithoutAgreement = nl.ikcregie.agreement.AgreementFixtures.plusIkc("Proloog", "Sinne Kinderopvang");
    }

    /** A complete consensus for an application of {@link #closed} (30,000 asked). */
    Map<String, Object> consensus() {
        return Map.of("eindscore", "4", "geadviseerdBedrag", "30000", "motivering", "Een sterk plan.",
                "inspanningsverplichtingen", List.of(Map.of("omschrijving", "Een ouderprogramma", "deadline",
                        today.plusMonths(6).toString())));
    }

    private long newIkc(String name, String category) {
        return created(Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("naam", name, "organisatieId", proloog, "categorie", category, "aandachtsgebiedId", area,
                        "kinderopvangIds", List.of(sinne), "wijk", "Fuzzwijk"))
                .post("/api/v1/ikcs").then().extract().jsonPath(), name);
    }

    private long propose(long ikcId) {
        return created(Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("ikcId", ikcId, "motivering", "Uit de locatieanalyse")).post("/api/v1/plus-predicaten")
                .then().extract().jsonPath(), "designation");
    }

    private static long created(JsonPath answer, String what) {
        Object id = answer.get("id");
        if (id == null) {
            throw new IllegalStateException("Could not create the " + what + ": " + answer.prettify());
        }
        return ((Number) id).longValue();
    }

    static long version(String path) {
        return Sessions.api("projectleider").get(path).jsonPath().getLong("versie");
    }

    // ---------------------------------------------------------------- which object an operation works on

    /**
     * The id for a path parameter: by the operation where it needs an object in a particular state, else
     * by the collection the parameter follows. Null for a parameter nothing here knows.
     */
    Object pathParameter(String operation, String collection, String parameter) {
        Map<String, Object> byOperation = new HashMap<>();
        byOperation.put("PUT /subsidierondes/{id}", conceptRound);
        byOperation.put("POST /subsidierondes/{id}/opening", conceptRound);
        byOperation.put("POST /subsidierondes/{rondeId}/advies/vaststelling", closed.id());
        byOperation.put("POST /subsidierondes/{rondeId}/besluiten", advised.id());
        byOperation.put("GET /subsidierondes/{rondeId}/export.csv", granted.id());
        for (String action : List.of("intrekking", "ontvankelijkverklaring", "aanvullingsverzoeken",
                "buitenbehandelingstelling")) {
            byOperation.put("POST /aanvragen/{id}/" + action, submitted);
        }
        for (String part : List.of("beoordelingen", "consensus", "toewijzing", "adviesaanpassing")) {
            byOperation.put("POST /aanvragen/{aanvraagId}/" + part, closed.application("IKC De Wâldrâne"));
            byOperation.put("PUT /aanvragen/{aanvraagId}/" + part, closed.application("IKC De Wâldrâne"));
        }
        // a declared conflict would keep commissie-pcbo from the other operations: an application of its own
        byOperation.put("POST /aanvragen/{aanvraagId}/belangenverstrengeling", closed.application("IKC De Pôlepleats"));
        byOperation.put("POST /aanvragen/{aanvraagId}/besluiten", advised.application("IKC De Oranjetún"));
        byOperation.put("POST /jaarrapportages/{id}/goedkeuring", submittedReport);
        byOperation.put("POST /jaarrapportages/{id}/wijzigingsverzoek", submittedReport);
        byOperation.put("POST /jaarrapportages/{rapportageId}/vaststelling", approvedReport);
        for (String action : List.of("beeindiging", "herijkingen")) {
            byOperation.put("POST /plus-predicaten/{id}/" + action, grantedDesignation);
        }
        if (byOperation.containsKey(operation) && (parameter.equals("id") || parameter.endsWith("Id")
                && !parameter.equals("bijlageId"))) {
            return byOperation.get(operation);
        }
        if (parameter.equals("bijlageId")) {
            return collection.equals("bijlagen") && operation.contains("/plus-predicaten/") ? designationAttachment
                    : draftAttachment;
        }
        return switch (collection) {
            case "subsidierondes" -> openRound;
            case "aanvragen" -> draft;
            case "ikcs" -> ikc;
            case "organisaties" -> organisation;
            case "aandachtsgebieden" -> area;
            case "jaarrapportages" -> conceptReport;
            case "resultaatafspraken" -> agreement;
            case "plus-predicaten" -> proposedDesignation;
            case "besluiten" -> granted.decision("IKC De Seinpost");
            case "bezwaren" -> objection;
            case "vaststellingen" -> settlement;
            case "zgw-registraties" -> zgwRegistration;
            case "monitoring" -> 2026;
            case "voorwaarden", "verplichtingen", "versies" -> 1;
            default -> null;
        };
    }

    /** Valid values for fields the schema alone cannot fill: ids, the year, the version. */
    Map<String, Object> knownValues(String operation, long currentVersion, Long currentRevision) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("versie", currentVersion);
        if (currentRevision != null) {
            values.put("revisie", currentRevision);
        }
        values.put("organisatieId", proloog);
        values.put("kinderopvangId", sinne);
        values.put("aandachtsgebiedId", area);
        values.put("commissieleden", List.of("commissie-bms", "commissie-pcbo"));
        values.put("eersteJaar", 2021);
        values.put("laatsteJaar", 2028);
        values.put("ikcId", switch (operation) {
            case "POST /plus-predicaten" -> ikcToPropose;
            case "POST /resultaatafspraken" -> plusIkcWithoutAgreement;
            case "POST /jaarrapportages" -> ikcWithoutReport;
            case "POST /subsidierondes/{rondeId}/aanvragen" -> ApplicationResourceTest.ikcId("IKC De Tsjotter");
            default -> ikc;
        });
        values.put("jaar", operation.equals("POST /jaarrapportages") ? granted.year() : 2026);
        return values;
    }
}
