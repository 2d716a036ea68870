package nl.ikcregie.it;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A small HTTP client for the integration tests: one person's requests to one instance, with HTTP
 * Basic (as scripts call the API) or a session cookie (as a browser does), redirects not followed.
 * A connection failure (an instance that is gone) surfaces as {@link UncheckedIOException}.
 */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String SESSION_COOKIE = "ikc-sessie";
    static final String SESSION_ID_COOKIE = "ikc-sessie-id";
    static final String PASSWORD = "demo";

    /** HTTP/1.1 as browsers and scripts speak it to a plain-HTTP service (the JDK client would try h2c). */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    /** A request that hangs this long fails the test instead of stalling it. */
    private static final Duration REQUEST_LIMIT = Duration.ofSeconds(60);

    private final AppInstance app;
    private final Map<String, String> headers;

    private Http(AppInstance app, Map<String, String> headers) {
        this.app = app;
        this.headers = headers;
    }

    static Http anonymous(AppInstance app) {
        return new Http(app, Map.of());
    }

    static Http basic(AppInstance app, String username) {
        return basic(app, username, PASSWORD);
    }

    static Http basic(AppInstance app, String username, String password) {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Http(app, Map.of("Authorization", "Basic " + credentials, "Accept", "application/json"));
    }

    /**
     * The same requests as if they came from {@code address} through the proxy in front (the instance
     * must trust it: {@code IKC_BEHIND_PROXY=true}); the connection itself stays on the loopback.
     */
    Http from(String address) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put("X-Forwarded-For", address);
        return new Http(app, more);
    }

    /** A browser's requests with the cookies that {@link #signIn} answered. */
    static Http session(AppInstance app, String cookies) {
        return new Http(app, Map.of("Cookie", cookies));
    }

    /** The same person, on another instance. */
    Http on(AppInstance other) {
        return new Http(other, headers);
    }

    /**
     * Signs in through the form login and answers the Cookie header a browser sends from then on: the
     * sign-in cookie and the server-side session's token.
     */
    static String signIn(AppInstance app, String username) {
        Answer answer = anonymous(app).postForm("/j_security_check", Map.of("j_username", username, "j_password", PASSWORD));
        return cookie(answer, SESSION_COOKIE, username, app) + "; " + cookie(answer, SESSION_ID_COOKIE, username, app);
    }

    private static String cookie(Answer answer, String name, String username, AppInstance app) {
        String prefix = name + "=";
        return answer.response.headers().allValues("set-cookie").stream().filter(c -> c.startsWith(prefix))
                .map(c -> c.split(";", 2)[0]).filter(v -> v.length() > prefix.length()).findFirst()
                .orElseThrow(() -> new AssertionError("Signing in as " + username + " on " + app + " gave no " + name
                        + " cookie: " + answer.status() + " " + answer.response.headers().map()));
    }

    Answer get(String path) {
        return send(request(path).GET());
    }

    Answer put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").PUT(json(body)));
    }

    Answer post(String path, Object body, String... extraHeaders) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json").POST(json(body));
        for (int i = 0; i + 1 < extraHeaders.length; i += 2) {
            request.header(extraHeaders[i], extraHeaders[i + 1]);
        }
        return send(request);
    }

    Answer postForm(String path, Map<String, String> form) {
        String encoded = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(app.uri(path)).timeout(REQUEST_LIMIT);
        headers.forEach(builder::header);
        return builder;
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private Answer send(HttpRequest.Builder request) {
        HttpRequest built = request.build();
        try {
            return new Answer(built.method() + " " + built.uri().getPath(),
                    CLIENT.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(built.method() + " " + built.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response, with what was asked, for failure messages. */
    record Answer(String request, HttpResponse<String> response) {

        int status() {
            return response.statusCode();
        }

        String body() {
            return response.body();
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body());
            } catch (JsonProcessingException e) {
                throw new AssertionError(this + " is not JSON", e);
            }
        }

        /** Fails with the whole answer unless the status is the expected one; answers this for chaining. */
        Answer expect(int expected) {
            if (status() != expected) {
                throw new AssertionError("Expected " + expected + " from " + this);
            }
            return this;
        }

        @Override
        public String toString() {
            String text = body() == null ? "" : body();
            return request + " -> " + status() + " " + (text.length() > 600 ? text.substring(0, 600) + "..." : text);
        }
    }

    /** A JSON object built in order, for request bodies. */
    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
