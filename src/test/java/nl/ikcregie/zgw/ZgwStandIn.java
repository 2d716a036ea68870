package nl.ikcregie.zgw;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.keys.HmacKey;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A ZGW zaaksysteem for the tests, in the manner of Open Zaak: the Zaken, Documenten and Besluiten APIs
 * (and the catalogue's objects) on one local port. Every request is checked before it is served: a JWT
 * signed with the client's secret carrying the claims of the ZGW authorisation, and the request against
 * the official OpenAPI documents (operation, required headers, query parameters, body schema). A request
 * that fails a check is refused with 400 and kept as a violation, which the tests assert to be none.
 * Objects are kept with a URL and uuid; lists filter on their query parameters; and the rules of Open
 * Zaak that matter here are applied: identificaties unique per organisation, one link per pair, a
 * final status only after a resultaat (it closes the zaak, a later status reopens it), nothing added to
 * a closed zaak. It can go down (refusing connections), hang, or lose the answers to creates.
 */
public final class ZgwStandIn implements AutoCloseable {

    public static final String CLIENT_ID = "ikc-regie-test";
    public static final String SECRET = "test-secret-of-at-least-thirty-two-characters";
    public static final String RSIN = "002564440";
    static final String CATALOGUE = "/catalogi/api/v1";

    /** The catalogue's objects (configured in the product by these URLs). */
    public enum Type {
        ZAAKTYPE("zaaktypen"), ROLTYPE_INITIATOR("roltypen"), BESLUITTYPE("besluittypen"),
        IOT_AANVRAAG("informatieobjecttypen"), IOT_BIJLAGE("informatieobjecttypen"),
        IOT_BESCHIKKING("informatieobjecttypen"), IOT_VASTSTELLING("informatieobjecttypen"),
        ST_ONTVANGEN("statustypen"), ST_AANVULLING("statustypen"), ST_IN_BEHANDELING("statustypen"),
        ST_BESLOTEN("statustypen"), ST_AFGEHANDELD("statustypen"),
        RT_VERSTREKT("resultaattypen"), RT_GEWEIGERD("resultaattypen"), RT_INGETROKKEN("resultaattypen");

        final String collection;
        final String uuid = UUID.nameUUIDFromBytes(name().getBytes(StandardCharsets.UTF_8)).toString();

        Type(String collection) {
            this.collection = collection;
        }
    }

    /** One request as received. */
    public record Received(String method, String path, String query, String body, int status) {
    }

    private final Map<String, OpenApiDocument> apis = Map.of("zaken", OpenApiDocument.load("zaken-1.6.0.yaml"),
            "documenten", OpenApiDocument.load("documenten-1.6.0.yaml"),
            "besluiten", OpenApiDocument.load("besluiten-1.1.0.yaml"));
    private final int port;
    private volatile HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<String> violations = new CopyOnWriteArrayList<>();
    /** Objects by collection path (e.g. /zaken/api/v1/zaken), in the order created. */
    private final Map<String, List<ObjectNode>> objects = new LinkedHashMap<>();
    private final AtomicInteger answersToLose = new AtomicInteger();
    private volatile boolean hanging;

    public ZgwStandIn() throws IOException {
        HttpServer first = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        this.port = first.getAddress().getPort();
        start(first);
    }

    private void start(HttpServer created) {
        created.createContext("/", this::handle);
        created.setExecutor(Executors.newFixedThreadPool(4));
        created.start();
        server = created;
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    public String url(Type type) {
        return base() + CATALOGUE + "/" + type.collection + "/" + type.uuid;
    }

    /** The product's settings to talk to this stand-in. */
    public Map<String, String> settings() {
        Map<String, String> s = new HashMap<>();
        s.put("ikc.zgw.zaken-url", base() + "/zaken/api/v1");
        s.put("ikc.zgw.documenten-url", base() + "/documenten/api/v1");
        s.put("ikc.zgw.besluiten-url", base() + "/besluiten/api/v1");
        s.put("ikc.zgw.catalogi-url", base() + CATALOGUE);
        s.put("ikc.zgw.client-id", CLIENT_ID);
        s.put("ikc.zgw.secret", SECRET);
        s.put("ikc.zgw.rsin", RSIN);
        s.put("ikc.zgw.zaaktype", url(Type.ZAAKTYPE));
        s.put("ikc.zgw.roltype-initiator", url(Type.ROLTYPE_INITIATOR));
        s.put("ikc.zgw.besluittype", url(Type.BESLUITTYPE));
        s.put("ikc.zgw.informatieobjecttypen.aanvraag", url(Type.IOT_AANVRAAG));
        s.put("ikc.zgw.informatieobjecttypen.bijlage", url(Type.IOT_BIJLAGE));
        s.put("ikc.zgw.informatieobjecttypen.beschikking", url(Type.IOT_BESCHIKKING));
        s.put("ikc.zgw.informatieobjecttypen.vaststelling", url(Type.IOT_VASTSTELLING));
        s.put("ikc.zgw.statustypen.ingediend", url(Type.ST_ONTVANGEN));
        s.put("ikc.zgw.statustypen.aanvulling-gevraagd", url(Type.ST_AANVULLING));
        s.put("ikc.zgw.statustypen.ontvankelijk", url(Type.ST_IN_BEHANDELING));
        s.put("ikc.zgw.statustypen.in-beoordeling", url(Type.ST_IN_BEHANDELING));
        s.put("ikc.zgw.statustypen.geadviseerd", url(Type.ST_IN_BEHANDELING));
        s.put("ikc.zgw.statustypen.toegekend", url(Type.ST_BESLOTEN));
        s.put("ikc.zgw.statustypen.deels-toegekend", url(Type.ST_BESLOTEN));
        s.put("ikc.zgw.statustypen.afgewezen", url(Type.ST_AFGEHANDELD));
        s.put("ikc.zgw.statustypen.ingetrokken", url(Type.ST_AFGEHANDELD));
        s.put("ikc.zgw.statustypen.vastgesteld", url(Type.ST_AFGEHANDELD));
        s.put("ikc.zgw.resultaattypen.verstrekt", url(Type.RT_VERSTREKT));
        s.put("ikc.zgw.resultaattypen.geweigerd", url(Type.RT_GEWEIGERD));
        s.put("ikc.zgw.resultaattypen.ingetrokken", url(Type.RT_INGETROKKEN));
        return s;
    }

    // ---- failures ---------------------------------------------------------------------------------

    /** Stops answering: connections are refused from now on. */
    public synchronized void down() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** Answers again, on the same port, with everything it kept. */
    public synchronized void up() throws IOException {
        if (server == null) {
            start(HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0));
        }
    }

    /** Accepts connections but answers nothing (until {@link #answer()}): the client's timeout must end the wait. */
    public void hang() {
        hanging = true;
    }

    public void answer() {
        hanging = false;
    }

    /** The next {@code n} creates are carried out, but their answer is lost (a 502 from a proxy instead). */
    public void loseAnswers(int n) {
        answersToLose.set(n);
    }

    // ---- what it received -------------------------------------------------------------------------

    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<String> violations() {
        return List.copyOf(violations);
    }

    /** The objects created in a collection, e.g. {@code objects("zaken", "statussen")}. */
    public synchronized List<ObjectNode> objects(String api, String collection) {
        return List.copyOf(objects.getOrDefault("/" + api + "/api/v1/" + collection, List.of()));
    }

    public synchronized List<ObjectNode> objects(String api, String collection, String field, String value) {
        return objects(api, collection).stream().filter(o -> value.equals(o.path(field).asString(null))).toList();
    }

    // ---- serving ----------------------------------------------------------------------------------

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (hanging) {
                while (hanging) {
                    sleep();
                }
                return; // the client gave up long ago: close without an answer
            }
            String method = exchange.getRequestMethod();
            URI uri = exchange.getRequestURI();
            String path = uri.getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Answer answer = serve(method, path, uri.getRawQuery(), body, headers(exchange));
            received.add(new Received(method, path, uri.getRawQuery(), body, answer.status));
            if (answer.lost) {
                answer = new Answer(502, "{\"detail\": \"Bad gateway (the answer was lost on its way)\"}", false);
            }
            byte[] bytes = answer.body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", answer.status >= 400 ? "application/problem+json"
                    : "application/json");
            exchange.sendResponseHeaders(answer.status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    private record Answer(int status, String body, boolean lost) {
    }

    private synchronized Answer serve(String method, String path, String rawQuery, String body, Map<String, String> headers) {
        if (path.startsWith(CATALOGUE + "/")) {
            return method.equals("GET") ? catalogueObject(path) : refuse(405, method + " " + path + " on the catalogue");
        }
        String[] parts = path.split("/", 5); // "", api, "api", "v1", rest
        OpenApiDocument api = parts.length == 5 ? apis.get(parts[1]) : null;
        if (api == null || !parts[2].equals("api") || !parts[3].equals("v1")) {
            return refuse(404, "no ZGW API at " + path);
        }
        String relative = "/" + parts[4];
        Optional<OpenApiDocument.Operation> operation = api.operation(method, relative);
        if (operation.isEmpty()) {
            return refuse(404, method + " " + path + " is no operation of " + api.name);
        }
        Map<String, String> query = query(rawQuery);
        List<String> problems = new ArrayList<>(token(headers.get("authorization")));
        problems.addAll(api.violations(operation.get(), headers, query.keySet(), body));
        if (!problems.isEmpty()) {
            problems.forEach(p -> violations.add(method + " " + path + ": " + p));
            return refuse(400, String.join("; ", problems));
        }
        String collection = "/" + parts[1] + "/api/v1/" + parts[4].split("/")[0];
        return switch (method) {
            case "POST" -> create(parts[1], collection, (ObjectNode) OpenApiDocument.JSON.readTree(body));
            case "GET" -> parts[4].contains("/") ? read(base() + path)
                    : list(collection, query, api.answersArray(operation.get()));
            case "PATCH" -> patch(base() + path, (ObjectNode) OpenApiDocument.JSON.readTree(body));
            default -> refuse(405, method + " is not served by the stand-in");
        };
    }

    private Answer create(String api, String collection, ObjectNode object) {
        List<ObjectNode> existing = objects.computeIfAbsent(collection, c -> new ArrayList<>());
        String rule = openZaakRule(collection, object);
        if (rule != null) {
            return refuse(400, rule);
        }
        String uuid = UUID.randomUUID().toString();
        object.put("url", base() + collection + "/" + uuid);
        object.put("uuid", uuid);
        if (collection.endsWith("/statussen")) {
            applyStatus(object);
        }
        existing.add(object);
        boolean lose = answersToLose.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
        return new Answer(201, object.toString(), lose);
    }

    /** The checks of Open Zaak this product's order and idempotency depend on; null when none fails. */
    private String openZaakRule(String collection, ObjectNode object) {
        if (collection.endsWith("/zaken/api/v1/zaken") && !objects(collection, "identificatie",
                object.path("identificatie").asString(""), "bronorganisatie", object.path("bronorganisatie").asString("")).isEmpty()) {
            return "identificatie: Deze identificatie bestaat al voor deze bronorganisatie (unique)";
        }
        if (collection.endsWith("/enkelvoudiginformatieobjecten") && !objects(collection, "identificatie",
                object.path("identificatie").asString(""), "bronorganisatie", object.path("bronorganisatie").asString("")).isEmpty()) {
            return "identificatie: Deze identificatie bestaat al voor deze bronorganisatie (unique)";
        }
        if (collection.endsWith("/besluiten/api/v1/besluiten") && !objects(collection, "identificatie",
                object.path("identificatie").asString(""), "verantwoordelijkeOrganisatie",
                object.path("verantwoordelijkeOrganisatie").asString("")).isEmpty()) {
            return "identificatie: Deze identificatie bestaat al (unique)";
        }
        if (collection.endsWith("/zaakinformatieobjecten") && !objects(collection, "zaak", object.path("zaak").asString(""),
                "informatieobject", object.path("informatieobject").asString("")).isEmpty()) {
            return "informatieobject: Dit informatieobject is al aan de zaak gekoppeld (unique)";
        }
        if (collection.endsWith("/besluitinformatieobjecten") && !objects(collection, "besluit",
                object.path("besluit").asString(""), "informatieobject", object.path("informatieobject").asString("")).isEmpty()) {
            return "informatieobject: Dit informatieobject is al aan het besluit gekoppeld (unique)";
        }
        if (collection.endsWith("/resultaten") && !objects(collection, "zaak", object.path("zaak").asString(""), "zaak",
                object.path("zaak").asString("")).isEmpty()) {
            return "zaak: Deze zaak heeft al een resultaat (unique)";
        }
        ObjectNode zaak = zaakOf(object);
        boolean closed = zaak != null && zaak.hasNonNull("einddatum");
        if (closed && (collection.endsWith("/zaakinformatieobjecten") || collection.endsWith("/besluiten/api/v1/besluiten")
                || collection.endsWith("/rollen"))) {
            return "zaak: De zaak is afgesloten; zonder de scope zaken.geforceerd-bijwerken kan er niets bij";
        }
        if (collection.endsWith("/statussen") && object.path("statustype").asString("").equals(url(Type.ST_AFGEHANDELD))
                && objects("/zaken/api/v1/resultaten", "zaak", object.path("zaak").asString(""), "zaak",
                        object.path("zaak").asString("")).isEmpty()) {
            return "statustype: De eindstatus kan pas gezet worden als de zaak een resultaat heeft";
        }
        if (collection.endsWith("/zaakinformatieobjecten") && !exists(object.path("informatieobject").asString(""))) {
            return "informatieobject: Het informatieobject bestaat niet";
        }
        if (zaak == null && object.has("zaak")) {
            return "zaak: De zaak bestaat niet";
        }
        return null;
    }

    /** A final status closes the zaak; another status after it reopens the zaak. */
    private void applyStatus(ObjectNode status) {
        ObjectNode zaak = zaakOf(status);
        if (status.path("statustype").asString("").equals(url(Type.ST_AFGEHANDELD))) {
            zaak.put("einddatum", status.path("datumStatusGezet").asString().substring(0, 10));
        } else {
            zaak.putNull("einddatum");
        }
        zaak.put("status", status.path("url").asString());
    }

    private Answer patch(String url, ObjectNode changes) {
        for (List<ObjectNode> list : objects.values()) {
            for (ObjectNode object : list) {
                if (object.path("url").asString("").equals(url)) {
                    if (object.hasNonNull("einddatum")) {
                        return refuse(400, "De zaak is afgesloten; zonder de scope zaken.geforceerd-bijwerken kan er niets bij");
                    }
                    object.setAll(changes);
                    return new Answer(200, object.toString(), false);
                }
            }
        }
        return refuse(404, "no object at " + url);
    }

    private Answer read(String url) {
        return objects.values().stream().flatMap(List::stream).filter(o -> o.path("url").asString("").equals(url))
                .findFirst().map(o -> new Answer(200, o.toString(), false)).orElseGet(() -> refuse(404, "no object at " + url));
    }

    private Answer list(String collection, Map<String, String> query, boolean array) {
        List<ObjectNode> found = objects.getOrDefault(collection, List.of()).stream()
                .filter(o -> query.entrySet().stream().filter(e -> !e.getKey().equals("page"))
                        .allMatch(e -> e.getValue().equals(o.path(e.getKey()).asString(null))))
                .toList();
        ArrayNode results = OpenApiDocument.JSON.createArrayNode();
        found.forEach(results::add);
        if (array) {
            return new Answer(200, results.toString(), false);
        }
        ObjectNode page = OpenApiDocument.JSON.createObjectNode().put("count", found.size());
        page.putNull("next");
        page.putNull("previous");
        page.set("results", results);
        return new Answer(200, page.toString(), false);
    }

    private Answer catalogueObject(String path) {
        for (Type type : Type.values()) {
            if (path.equals(CATALOGUE + "/" + type.collection + "/" + type.uuid)) {
                ObjectNode object = OpenApiDocument.JSON.createObjectNode().put("url", url(type)).put("omschrijving",
                        type.name());
                if (type.name().startsWith("ST_")) {
                    object.put("isEindstatus", type == Type.ST_AFGEHANDELD);
                }
                return new Answer(200, object.toString(), false);
            }
        }
        return refuse(404, "no catalogue object at " + path);
    }

    private ObjectNode zaakOf(ObjectNode object) {
        String zaak = object.path("zaak").asString(null);
        if (zaak == null) {
            return null;
        }
        return objects.getOrDefault("/zaken/api/v1/zaken", List.of()).stream()
                .filter(z -> z.path("url").asString("").equals(zaak)).findFirst().orElse(null);
    }

    private boolean exists(String url) {
        return objects.values().stream().flatMap(List::stream).anyMatch(o -> o.path("url").asString("").equals(url));
    }

    private List<ObjectNode> objects(String collection, String field, String value, String field2, String value2) {
        return objects.getOrDefault(collection, List.of()).stream()
                .filter(o -> value.equals(o.path(field).asString(null)) && value2.equals(o.path(field2).asString(null)))
                .toList();
    }

    /** The ZGW authorisation: a JWT, HS256 with the client's secret, with the claims it prescribes. */
    private static List<String> token(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return List.of("Authorization: Bearer <JWT> is required");
        }
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setCompactSerialization(authorization.substring("Bearer ".length()));
            jws.setKey(new HmacKey(SECRET.getBytes(StandardCharsets.UTF_8)));
            if (!"HS256".equals(jws.getAlgorithmHeaderValue()) || !jws.verifySignature()) {
                return List.of("the JWT is not signed HS256 with the client's secret");
            }
            JwtClaims claims = JwtClaims.parse(jws.getPayload());
            List<String> problems = new ArrayList<>();
            for (String claim : List.of("iss", "iat", "client_id", "user_id", "user_representation")) {
                if (!claims.hasClaim(claim)) {
                    problems.add("the JWT lacks the claim " + claim);
                }
            }
            if (!CLIENT_ID.equals(claims.getClaimValue("client_id"))) {
                problems.add("the JWT's client_id is not " + CLIENT_ID);
            }
            return problems;
        } catch (Exception e) {
            return List.of("the JWT cannot be read: " + e.getMessage());
        }
    }

    private Answer refuse(int status, String detail) {
        ObjectNode problem = OpenApiDocument.JSON.createObjectNode().put("type", "https://ikc-regie.test/fout")
                .put("code", status == 400 ? "invalid" : "not_found").put("title", "Geweigerd door de ZGW stand-in")
                .put("status", status).put("detail", detail).put("instance", "urn:uuid:" + UUID.randomUUID());
        return new Answer(status, problem.toString(), false);
    }

    private static Map<String, String> headers(HttpExchange exchange) {
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
        return headers;
    }

    private static Map<String, String> query(String raw) {
        if (raw == null || raw.isEmpty()) {
            return Collections.emptyMap();
        }
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            query.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                    eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return query;
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        hanging = false;
        down();
    }

    /** The set of collections it holds objects in (for a test's message). */
    public synchronized Set<String> collections() {
        return Set.copyOf(objects.keySet());
    }
}
