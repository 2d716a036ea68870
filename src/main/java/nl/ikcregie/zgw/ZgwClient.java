package nl.ikcregie.zgw;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Talks JSON to the ZGW APIs: a fresh JWT on every request, the CRS headers the Zaken API requires,
 * timeouts, and every answer other than 2xx as a {@link ZgwException} with the status and the body's
 * first lines (the API's own explanation, e.g. a validation error naming the field).
 */
@ApplicationScoped
public class ZgwClient {

    static final String USER_ID = "ikc-regie";
    static final String USER_REPRESENTATION = "IKC Regie (registratie van subsidieaanvragen)";

    @Inject
    ZgwSettings settings;

    @Inject
    Clock clock;

    private final ObjectMapper json = new ObjectMapper();

    private volatile HttpClient http;

    /** POSTs a new object and answers the created object (with its {@code url}). */
    public JsonNode create(String collectionUrl, ObjectNode body) {
        return send(HttpRequest.newBuilder(URI.create(collectionUrl))
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)), true);
    }

    /** PATCHes an object and answers it as it is now. */
    public JsonNode patch(String objectUrl, ObjectNode body) {
        return send(HttpRequest.newBuilder(URI.create(objectUrl))
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)), true);
    }

    /**
     * The objects of a list with these query parameters (first page; our look-ups select one or a
     * few): the {@code results} of a paginated list, or the array a few list operations answer.
     */
    public List<JsonNode> list(String collectionUrl, Map<String, String> query) {
        String queryString = query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        JsonNode answer = send(HttpRequest.newBuilder(URI.create(collectionUrl + "?" + queryString)).GET(), false);
        JsonNode items = answer.isArray() ? answer : answer.path("results");
        List<JsonNode> found = new ArrayList<>();
        items.forEach(found::add);
        return found;
    }

    private JsonNode send(HttpRequest.Builder request, boolean withBody) {
        ZgwConfig config = settings.config();
        String token = ZgwToken.of(config.clientId().orElseThrow(), config.secret().orElseThrow(), clock.instant(), USER_ID,
                USER_REPRESENTATION);
        request.timeout(config.worker().timeout()).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                // the Zaken API requires both on every operation on zaken; the other APIs ignore them
                .header("Accept-Crs", "EPSG:4326").header("Content-Crs", "EPSG:4326");
        if (withBody) {
            request.header("Content-Type", "application/json");
        }
        HttpRequest built = request.build();
        try {
            HttpResponse<String> response = client().send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Log.debugf("ZGW %s %s: %d", built.method(), built.uri(), response.statusCode());
            if (response.statusCode() / 100 != 2) {
                throw new ZgwException(built.method() + " " + built.uri() + " answered " + response.statusCode() + ": "
                        + excerpt(response.body()));
            }
            String body = response.body();
            return body == null || body.isBlank() ? json.createObjectNode() : json.readTree(body);
        } catch (IOException e) {
            throw new ZgwException(built.method() + " " + built.uri() + " failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ZgwException(built.method() + " " + built.uri() + " was interrupted", e);
        }
    }

    private HttpClient client() {
        HttpClient client = http;
        if (client == null) {
            client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(settings.config().worker().timeout())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            http = client;
        }
        return client;
    }

    private static String excerpt(String body) {
        if (body == null) {
            return "(no body)";
        }
        String oneLine = body.replaceAll("\\s+", " ").trim();
        return oneLine.length() > 1500 ? oneLine.substring(0, 1500) + " ..." : oneLine;
    }
}
