package nl.ikcregie.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import nl.ikcregie.Rounds;
import nl.ikcregie.Sessions;
import nl.ikcregie.application.ApplicationResourceTest;
import nl.ikcregie.security.BadInputs.Mutation;
import org.junit.jupiter.api.Test;

/**
 * Every API operation of the published OpenAPI document gets bad input: malformed JSON, wrong types,
 * huge, negative and fractional-cent numbers, very long text, control characters and bidi overrides in
 * every field, and bad query parameters. Every answer must be a 4xx problem+json (never a 5xx, never a
 * 2xx) naming the field where the fault is a field's, and the database must be unchanged afterwards.
 * Each operation is called by a user allowed to use it, on the test's own objects (see
 * {@link BadInputWorld}), so the input reaches the operation's rules. All failures are collected and
 * reported at once.
 */
@QuarkusTest
class BadInputTest {

    static final String API = "/api/v1";
    static final String PROBLEM = "application/problem+json";

    /** The demo user for each role the OpenAPI document lists. */
    static final Map<String, String> USER_OF_ROLE = Map.of("projectleider", "projectleider", "beheerder", "beheerder",
            "aanvrager", "aanvrager-proloog", "commissielid", "commissie-pcbo", "bestuurder", "bestuurder",
            "ontwikkelgroep", "ontwikkelgroep");

    /**
     * Operations that share their request schema with others but read only some of its fields. A field
     * the operation does not read only gets the wrong-type mutations (the JSON binding refuses those
     * whatever the operation); anything else in it is ignored, not stored.
     */
    static final Map<String, Set<String>> READS = Map.ofEntries(
            Map.entry("POST /subsidierondes/{id}/opening", Set.of("versie")),
            Map.entry("POST /subsidierondes/{id}/sluiting", Set.of("versie", "reden")),
            Map.entry("POST /subsidierondes/{id}/plafondcorrecties", Set.of("versie", "reden", "subsidieplafond")),
            Map.entry("POST /subsidierondes/{rondeId}/advies/vaststelling", Set.of("versie")),
            Map.entry("POST /subsidierondes/{rondeId}/aanvragen", Set.of("ikcId")),
            Map.entry("POST /subsidierondes/{rondeId}/besluiten", Set.of("besluitdatum")),
            Map.entry("POST /aanvragen/{id}/indiening", Set.of("versie")),
            Map.entry("POST /aanvragen/{id}/intrekking", Set.of("versie", "reden")),
            Map.entry("POST /aanvragen/{id}/ontvankelijkverklaring", Set.of("versie")),
            Map.entry("POST /aanvragen/{id}/buitenbehandelingstelling", Set.of("versie", "reden")),
            Map.entry("POST /aanvragen/{id}/aanvullingsverzoeken", Set.of("versie", "ontbreekt", "termijnTot")),
            Map.entry("POST /aanvragen/{aanvraagId}/belangenverstrengeling", Set.of("reden")),
            Map.entry("POST /jaarrapportages/{id}/indiening", Set.of("versie")),
            Map.entry("POST /jaarrapportages/{id}/wijzigingsverzoek", Set.of("versie", "reden")),
            Map.entry("POST /jaarrapportages/{id}/goedkeuring", Set.of("versie", "toelichting")),
            Map.entry("POST /resultaatafspraken/{id}/instemmingen", Set.of("versie", "revisie")),
            Map.entry("POST /resultaatafspraken/{id}/wijzigingen", Set.of("versie", "reden")),
            Map.entry("POST /resultaatafspraken/{id}/evaluaties", Set.of("jaar", "toelichting", "leidtTotWijziging")),
            Map.entry("POST /plus-predicaten/{id}/afwijzing", Set.of("versie", "reden")),
            Map.entry("POST /plus-predicaten/{id}/intrekking", Set.of("versie", "reden")),
            Map.entry("POST /bezwaren/{bezwaarId}/verdaging", Set.of("versie", "weken", "reden")),
            Map.entry("POST /zgw-registraties/{id}/nieuwe-poging", Set.of("versie")),
            Map.entry("POST /bezwaren/{bezwaarId}/beslissing",
                    Set.of("versie", "uitkomst", "datum", "motivering", "toegekendBedrag")));

    /**
     * Fields an operation ignores although its schema has them: create operations ignore the version of
     * the update they share the schema with, an update of an application its IKC (chosen at the start).
     */
    static final Map<String, Set<String>> IGNORES = Map.of("POST /organisaties", Set.of("versie"), "POST /ikcs",
            Set.of("versie"), "POST /aandachtsgebieden", Set.of("versie"), "POST /subsidierondes", Set.of("versie"),
            "POST /resultaatafspraken", Set.of("versie", "revisie"), "PUT /aanvragen/{id}", Set.of("ikcId"));

    /** Two operations also get a body of 12 MB (more would only repeat the same HTTP-layer check). */
    static final Set<String> HUGE_BODY = Set.of("POST /organisaties", "POST /aanvragen/{id}/bijlagen");

    @Inject
    AgroalDataSource dataSource;

    private final List<String> failures = new ArrayList<>();
    private final Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();

    @Test
    void everyOperationRefusesBadInputAndStoresNothing() {
        String document = given().get(API + "/openapi.json").then().statusCode(200).extract().asString();
        List<ApiOperations.Operation> operations = ApiOperations.read(document);
        assertTrue(operations.size() > 50, "the OpenAPI document lists " + operations.size() + " operations");
        BadInputWorld world = new BadInputWorld();
        DatabaseFingerprint fingerprint = new DatabaseFingerprint(dataSource);
        int requests = 0;
        int covered = 0;
        List<String> withoutInput = new ArrayList<>();
        for (ApiOperations.Operation op : operations) {
            String user = userFor(op);
            String url = url(op, world);
            if (user == null || url == null) {
                continue;
            }
            List<Mutation> mutations = mutations(op, world);
            if (mutations == null) {
                withoutInput.add(op.key());
            } else {
                covered++;
                requests += feed(op, user, url, mutations, fingerprint);
            }
            for (Map.Entry<String, List<Mutation>> byUrl : pathMutations(op, world).entrySet()) {
                requests += feed(op, user, byUrl.getKey(), byUrl.getValue(), fingerprint);
            }
        }
        System.out.printf("BadInputTest: %d operations in the OpenAPI document, %d with input, %d requests; without "
                + "a body or query parameters: %s%n", operations.size(), covered, requests, withoutInput);
        statuses.forEach((op, counts) -> System.out.println("  " + op + " " + counts));
        if (!failures.isEmpty()) {
            List<String> shown = failures.stream().map(BadInputTest::printable).limit(MAX_SHOWN).toList();
            fail(failures.size() + " bad inputs were not refused properly:\n" + String.join("\n", shown)
                    + (failures.size() > MAX_SHOWN ? "\n... and " + (failures.size() - MAX_SHOWN) + " more" : ""));
        }
    }

    /** Sends each mutation to {@code url} and judges the answer and the database afterwards. */
    private int feed(ApiOperations.Operation op, String user, String url, List<Mutation> mutations,
            DatabaseFingerprint fingerprint) {
        Map<String, Long> before = fingerprint.take();
        for (Mutation m : mutations) {
            Response answer;
            try {
                answer = send(op, user, url, m);
            } catch (Exception e) { // RestAssured rethrows the client's IOException unchecked
                failures.add(op.key() + " " + m.describe() + ": got no answer (" + e + ")");
                continue;
            }
            check(op, m, answer);
            Map<String, Long> after = fingerprint.take();
            List<String> changed = DatabaseFingerprint.changed(before, after);
            if (!changed.isEmpty()) {
                failures.add(op.key() + " " + m.describe() + ": stored something (changed " + changed + ")");
                before = after;
            }
        }
        return mutations.size();
    }

    /** Values no path parameter takes (already URL-encoded where needed). */
    static final List<String> BAD_PATH_VALUES = List.of("abc", "99999999999999999999", "-1", "0", "1.5", "1e308",
            "%00", "%3Cscript%3E", "1%20OR%201%3D1");

    /**
     * Per path parameter, the URL with that parameter bad (the others the test's own objects), and the
     * request that goes there: the operation's base body, if it takes one, so the path is the only fault.
     */
    private Map<String, List<Mutation>> pathMutations(ApiOperations.Operation op, BadInputWorld world) {
        Map<String, List<Mutation>> byUrl = new LinkedHashMap<>();
        String good = url(op, world);
        byte[] body = op.takesJson() ? base(op, world).toString().getBytes(StandardCharsets.UTF_8) : null;
        String[] template = op.path().split("/");
        String[] filled = good.substring(API.length()).split("/");
        for (int i = 0; i < template.length; i++) {
            if (!template[i].startsWith("{") || !template[i].endsWith("}")) {
                continue; // a parameter inside a segment (advies.pdf's {rondeId}) keeps its value
            }
            for (String bad : BAD_PATH_VALUES) {
                String[] segments = filled.clone();
                segments[i] = bad;
                byUrl.computeIfAbsent(API + String.join("/", segments), k -> new ArrayList<>()).add(new Mutation(
                        template[i], "= " + bad + " in the path", false, op.takesJson() ? "application/json" : null,
                        body, Map.of()));
            }
        }
        return byUrl;
    }

    /** Frisian, Arabic, Chinese and emoji: text, within the length limits, in any script. */
    static final String NON_LATIN = "IKC De Wâlslach · روضة الأطفال · 儿童中心 · 🧒🏽👩‍👧";
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String ATTRIBUTE = "\"><img src=x onerror=alert(1)>";

    /**
     * Valid but hostile text is content: accepted, stored byte for byte (read back from the database
     * itself and through the API) and escaped on every HTML page that shows it, never raw. The same text
     * with a control character or a bidi override is refused, through the API and through the form.
     */
    @Test
    void hostileButValidTextIsStoredVerbatimAndEscapedOnPages() throws Exception {
        long round = Rounds.open(Rounds.freshYear());
        long id = ApplicationResourceTest.draft(round, "aanvrager-proloog", "IKC De Fûgelflecht").getLong("id");
        Map<String, Object> body = ApplicationResourceTest.content(id, 0, "30000");
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("waarom", NON_LATIN);
        plan.put("hoe", SCRIPT);
        plan.put("wat", ATTRIBUTE + " & 'O''Brien'; DROP TABLE ikc;--");
        body.put("plan", plan);
        body.put("draagvlak", "Regel één\nRegel twee\r\n\t" + NON_LATIN);
        Sessions.api("aanvrager-proloog").contentType("application/json").body(body).put(API + "/aanvragen/" + id)
                .then().statusCode(200);

        Map<String, Object> stored = storedPlan(id);
        Map<String, Object> expected = new LinkedHashMap<>(plan);
        expected.put("draagvlak", body.get("draagvlak"));
        org.junit.jupiter.api.Assertions.assertEquals(expected, stored, "stored byte for byte");
        io.restassured.path.json.JsonPath read = Sessions.api("projectleider").get(API + "/aanvragen/" + id).jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals(plan, read.getMap("plan"), "read back through the API");

        for (String user : List.of("aanvrager-proloog", "projectleider")) {
            for (String page : List.of("/aanvragen/" + id, "/aanvragen/" + id + "/stap/plan")) {
                Response answer = Sessions.as(Sessions.login(user)).get(page);
                if (answer.statusCode() != 200) {
                    continue; // the projectleider has no form step of a draft
                }
                String html = answer.asString();
                String where = user + " " + page;
                assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), where + " shows the script escaped");
                assertTrue(!html.contains(SCRIPT), where + " never shows the script raw");
                assertTrue(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"), where + " escapes the attribute");
                assertTrue(!html.contains("<img src=x"), where + " never shows the image tag raw");
                assertTrue(html.contains("儿童中心") && html.contains("روضة الأطفال") && html.contains("🧒🏽"),
                        where + " shows the text in any script as it is");
            }
        }

        for (String forbidden : List.of("\u0000", "\u001B[31m", "\u202E")) {
            Map<String, Object> bad = ApplicationResourceTest.content(id, read.getLong("versie"), "30000");
            bad.put("plan", Map.of("waarom", "Tekst" + forbidden + "fdp.exe", "hoe", "Hoe", "wat", "Wat"));
            Sessions.api("aanvrager-proloog").contentType("application/json").body(bad).put(API + "/aanvragen/" + id)
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("invalidParams.name", org.hamcrest.Matchers.hasItem("plan.waarom"));
            String session = Sessions.login("aanvrager-proloog");
            String form = Sessions.as(session).get("/aanvragen/" + id + "/stap/plan").asString();
            String version = form.replaceAll("(?s).*name=\"versie\" value=\"(\\d+)\".*", "$1");
            String page = Sessions.formPost(session, "/aanvragen/" + id + "/stap/plan")
                    .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("versie", version)
                    .formParam("plan.waarom", "Tekst" + forbidden + "fdp.exe").formParam("plan.hoe", "Hoe")
                    .formParam("plan.wat", "Wat").formParam("actie", "opslaan").post("/aanvragen/" + id + "/stap/plan")
                    .then().statusCode(400).extract().asString();
            assertTrue(page.contains(String.format("U+%04X", (int) forbidden.charAt(0))), "the form names the character");
        }
        org.junit.jupiter.api.Assertions.assertEquals(expected, storedPlan(id), "the refused texts changed nothing");
    }

    private Map<String, Object> storedPlan(long id) throws java.sql.SQLException {
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.PreparedStatement s = c.prepareStatement(
                "SELECT why_text, how_text, what_text, support_text FROM subsidy_application WHERE id = ?")) {
            s.setLong(1, id);
            try (java.sql.ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("waarom", rs.getString(1));
                row.put("hoe", rs.getString(2));
                row.put("wat", rs.getString(3));
                row.put("draagvlak", rs.getString(4));
                return row;
            }
        }
    }

    // ---------------------------------------------------------------- what each operation gets

    /** The bad requests for an operation; null when it takes no input (no body, no query parameters). */
    private List<Mutation> mutations(ApiOperations.Operation op, BadInputWorld world) {
        List<Mutation> list = new ArrayList<>();
        if (op.takesJson()) {
            ObjectNode base = base(op, world);
            Set<String> reads = READS.get(op.key());
            list.addAll(BadInputs.fields(op.body(), base, field -> (reads == null || reads.contains(field))
                    && !IGNORES.getOrDefault(op.key(), Set.of()).contains(field)));
            list.addAll(BadInputs.wholeBody(base, HUGE_BODY.contains(op.key())));
            list.add(BadInputs.emptyBody("application/json"));
        } else if (op.bodyType() != null) {
            byte[] pdf = BadInputWorld.PDF.getBytes(StandardCharsets.US_ASCII);
            list.add(new Mutation(null, "a JSON body for a PDF", false, "application/json", "{}".getBytes(), Map.of()));
            list.add(new Mutation(null, "text that is not a PDF", false, op.bodyType(),
                    "dit is geen PDF".getBytes(StandardCharsets.UTF_8), Map.of()));
            list.add(BadInputs.emptyBody(op.bodyType()));
            if (HUGE_BODY.contains(op.key())) {
                list.add(BadInputs.hugeBody(op.bodyType()));
            }
            Map<String, String> query = new LinkedHashMap<>();
            query.put("versie", Long.toString(currentVersion(op, url(op, world))[0]));
            query.put("bestandsnaam", "bijlage.pdf");
            list.addAll(BadInputs.query(op.query(), query, true,
                    q -> new Mutation(null, "", true, op.bodyType(), pdf, q)));
        }
        if (!op.takesJson() && op.bodyType() == null && !op.query().isEmpty()) {
            Map<String, String> query = new LinkedHashMap<>();
            for (ApiOperations.Parameter p : op.query()) {
                String value = validQueryValue(op, p, world);
                if (value != null) {
                    query.put(p.name(), value);
                }
            }
            list.addAll(BadInputs.query(op.query(), query, !op.method().equals("GET"),
                    q -> new Mutation(null, "", true, null, null, q)));
        }
        return list.isEmpty() ? null : list;
    }

    private String validQueryValue(ApiOperations.Operation op, ApiOperations.Parameter p, BadInputWorld world) {
        return switch (p.name()) {
            case "versie" -> op.method().equals("DELETE") ? Long.toString(currentVersion(op, url(op, world))[0]) : null;
            case "subsidierondeId" -> Long.toString(world.openRound);
            case "jaar" -> "2026";
            case "tabel" -> "aanvragen";
            case "van" -> "1";
            case "naar" -> "1";
            default -> null;
        };
    }

    /** A body as valid as the test can make it, so that each mutation is the only fault. */
    private ObjectNode base(ApiOperations.Operation op, BadInputWorld world) {
        String url = url(op, world);
        long[] version = currentVersion(op, url);
        Map<String, Object> known = world.knownValues(op.key(), version[0], version[1] < 0 ? null : version[1]);
        ObjectNode base = BadInputs.NODES.objectNode();
        op.body().path("properties").fields().forEachRemaining(e -> base.set(e.getKey(),
                known.containsKey(e.getKey()) ? BadInputs.JSON.valueToTree(known.get(e.getKey()))
                        : BadInputs.sample(e.getValue())));
        Map<String, Object> override = override(op, world, version);
        if (override != null) {
            override.forEach((k, v) -> base.set(k, BadInputs.JSON.valueToTree(v)));
        }
        return base;
    }

    /** Complete, valid bodies for the operations whose rules need more than the schema tells. */
    private Map<String, Object> override(ApiOperations.Operation op, BadInputWorld world, long[] version) {
        String unique = "Fuzz " + UUID.randomUUID().toString().substring(0, 8);
        return switch (op.key()) {
            case "PUT /aanvragen/{id}" -> ApplicationResourceTest.content(world.draft, version[0], "30000");
            case "POST /subsidierondes" -> Rounds.body(Rounds.freshYear(), "750000", "50000");
            case "PUT /subsidierondes/{id}" -> {
                Map<String, Object> body = Rounds.body(Rounds.freshYear(), "750000", "50000");
                body.put("versie", version[0]);
                yield body;
            }
            case "POST /organisaties", "PUT /organisaties/{id}" -> Map.of("naam", unique, "soort", "KINDEROPVANG");
            case "POST /ikcs", "PUT /ikcs/{id}" -> Map.of("naam", unique, "organisatieId", world.proloog, "categorie",
                    "REGULIER", "aandachtsgebiedId", world.area, "kinderopvangIds", List.of(world.sinne), "wijk", "Wijk");
            case "POST /aandachtsgebieden", "PUT /aandachtsgebieden/{id}" -> Map.of("naam", unique, "geldigVanaf",
                    world.today.minusYears(1).toString(), "geldigTot", world.today.plusYears(3).toString());
            case "PUT /resultaatafspraken/{id}" -> nl.ikcregie.agreement.AgreementFixtures.content((int) version[0],
                    version[1], "40000");
            case "POST /aanvragen/{aanvraagId}/beoordelingen" -> nl.ikcregie.assessment.AssessmentFixtures.assessment(4,
                    "30000");
            case "PUT /aanvragen/{aanvraagId}/consensus" -> {
                Map<String, Object> body = new LinkedHashMap<>(world.consensus());
                body.put("versie", version[0]);
                yield body;
            }
            case "POST /besluiten/{besluitId}/bezwaren" -> Map.of("ontvangenOp", world.today.toString(), "indiener",
                    "Ouderraad", "samenvatting", "Te laag.");
            case "POST /ikcs/{id}/kindaantallen" -> Map.of("teldatum", "2026-10-01", "aantal", 240);
            default -> null;
        };
    }

    /** The version (and, for agreements, revision; -1 when none) of the object the operation changes. */
    private long[] currentVersion(ApiOperations.Operation op, String url) {
        String path = url;
        String user = userFor(op);
        while (path.length() > API.length()) {
            Response answer = Sessions.api(user).get(path);
            if (answer.statusCode() == 200 && answer.contentType().startsWith("application/json")) {
                Object body = answer.jsonPath().get("$");
                if (body instanceof Map<?, ?> map && map.get("versie") instanceof Number v) {
                    long revision = map.get("revisie") instanceof Number r ? r.longValue() : -1;
                    return new long[] { v.longValue(), revision };
                }
            }
            path = path.substring(0, path.lastIndexOf('/'));
        }
        return new long[] { 0, -1 };
    }

    private String userFor(ApiOperations.Operation op) {
        for (String role : op.roles()) {
            if (USER_OF_ROLE.containsKey(role)) {
                return USER_OF_ROLE.get(role);
            }
        }
        failures.add(op.key() + ": no demo user for roles " + op.roles());
        return null;
    }

    /** The operation's path with the test's objects filled in; null (and a failure) when one is unknown. */
    private String url(ApiOperations.Operation op, BadInputWorld world) {
        String[] segments = op.path().split("/");
        StringBuilder url = new StringBuilder(API);
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(segment);
            StringBuilder filled = new StringBuilder();
            while (m.find()) {
                Object id = world.pathParameter(op.key(), segments[i - 1], m.group(1));
                if (id == null) {
                    failures.add(op.key() + ": the test has no object for {" + m.group(1) + "}; add one to BadInputWorld");
                    return null;
                }
                m.appendReplacement(filled, id.toString());
            }
            m.appendTail(filled);
            url.append('/').append(filled);
        }
        return url.toString();
    }

    // ---------------------------------------------------------------- sending and judging

    private Response send(ApiOperations.Operation op, String user, String url, Mutation m) {
        String accept = op.produces().isEmpty() ? "application/json" : String.join(", ", op.produces());
        RequestSpecification request = Sessions.as(session(user)).accept(accept + ", " + PROBLEM)
                .urlEncodingEnabled(false)
                .config(RestAssuredConfig.config().encoderConfig(
                        EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)));
        if (op.method().equals("PUT") || op.method().equals("POST") || op.method().equals("PATCH")) {
            if (m.body() != null) {
                request = request.contentType(m.contentType()).body(m.body());
            }
        }
        if (!m.query().isEmpty()) {
            for (Map.Entry<String, String> q : m.query().entrySet()) {
                // encoded here: URL encoding is off so that bad path values arrive exactly as written
                request = request.queryParam(q.getKey(), java.net.URLEncoder.encode(q.getValue(), StandardCharsets.UTF_8));
            }
        }
        return request.request(op.method(), url);
    }

    private final Map<String, String> sessions = new LinkedHashMap<>();

    /**
     * The user's session from the form login: the same user as with HTTP Basic, but the password is
     * checked (bcrypt, deliberately slow) once per user instead of once per request.
     */
    private String session(String user) {
        return sessions.computeIfAbsent(user, Sessions::login);
    }

    private void check(ApiOperations.Operation op, Mutation m, Response answer) {
        int status = answer.statusCode();
        statuses.computeIfAbsent(op.key(), k -> new TreeMap<>()).merge(status, 1, Integer::sum);
        String what = op.key() + " " + m.describe() + ": got ";
        if (status < 400 || status >= 500 || m.typeError() && status != 400) {
            failures.add(what + status + " " + abbreviate(answer.asString()));
            return;
        }
        String type = answer.contentType();
        if (type == null || !type.startsWith(PROBLEM)) {
            failures.add(what + status + " with Content-Type " + type + " instead of application/problem+json");
            return;
        }
        JsonNode problem;
        try {
            problem = BadInputs.JSON.readTree(answer.asByteArray());
        } catch (java.io.IOException e) {
            failures.add(what + status + " with a body that is not JSON");
            return;
        }
        if (problem.path("status").asInt() != status || problem.path("title").asText().isBlank()) {
            failures.add(what + status + " without status and title in the problem");
            return;
        }
        if (status == 400 && m.mustName() && m.field() != null && !names(problem, m.field())) {
            List<String> named = new ArrayList<>();
            problem.path("invalidParams").forEach(p -> named.add(p.path("name").asText()));
            failures.add(what + "400 naming " + named + " instead of " + m.field());
        }
    }

    /** The problem names the field, or the list or object it sits in, or (for a sum) the field's own leaf. */
    static boolean names(JsonNode problem, String field) {
        String leaf = field.substring(field.lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", "");
        for (JsonNode p : problem.path("invalidParams")) {
            String name = p.path("name").asText();
            if (name.equals(field) || field.startsWith(name + ".") || field.startsWith(name + "[")
                    || name.startsWith(field + ".") || name.startsWith(field + "[") || name.equals(leaf)
                    || name.endsWith("." + leaf)) {
                return true;
            }
        }
        return false;
    }

    static final int MAX_SHOWN = 500;

    /** Control, bidi and surrogate characters as escapes, so a report can be read (and its transport survives). */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.chars().forEach(c -> {
            if (c < 0x20 || c >= 0x7F && c <= 0x9F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069
                    || Character.isSurrogate((char) c)) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.append((char) c);
            }
        });
        return out.toString();
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > 200 ? oneLine.substring(0, 200) + "..." : oneLine;
    }
}
