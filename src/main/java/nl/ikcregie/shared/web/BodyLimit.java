package nl.ikcregie.shared.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An API request whose body is larger than {@code quarkus.http.limits.max-body-size} gets a 413 as
 * problem+json. Quarkus itself answers such a request with an empty 413 and closes the connection at
 * once, so a client that sends its whole body before reading (as most HTTP libraries do) sees a broken
 * connection instead of an answer. Here the rest of the body is read and dropped first, up to {@link
 * #DRAIN_LIMIT}; beyond that the connection is closed after the answer, as Quarkus does.
 */
@ApplicationScoped
public class BodyLimit {

    /** Just before Quarkus's own check of the declared length ({@code RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT}, -2). */
    static final int ORDER = -3;

    /** A body up to this size is read to its end (and dropped) before the answer; a larger one is cut off. */
    static final long DRAIN_LIMIT = 64L * 1024 * 1024;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        maxBodySize.ifPresent(limit -> router.route().order(ORDER).handler(context -> check(context,
                limit.asLongValue())));
    }

    private void check(RoutingContext context, long limit) {
        HttpServerRequest request = context.request();
        String declared = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared == null || !request.path().startsWith("/api/")) {
            context.next();
            return;
        }
        long length;
        try {
            length = Long.parseLong(declared.strip());
        } catch (NumberFormatException e) {
            context.next(); // Quarkus and Vert.x refuse a malformed length themselves
            return;
        }
        if (length <= limit) {
            context.next();
            return;
        }
        String body = problem(request.path(), limit);
        if (length > DRAIN_LIMIT) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close")
                    .endHandler(v -> request.connection().close());
            answer(context, body);
            return;
        }
        request.handler(chunk -> {
        });
        request.endHandler(v -> answer(context, body));
        request.resume();
    }

    private static void answer(RoutingContext context, String body) {
        context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(body);
    }

    private String problem(String path, long limit) {
        long megabytes = limit / (1024 * 1024);
        Problem problem = new Problem("about:blank", "Te groot", 413, "De inhoud is groter dan " + megabytes
                + " MB; stuur minder gegevens of een kleiner bestand.", path, null);
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
