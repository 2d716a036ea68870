package nl.ikcregie.shared.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.logging.Log;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A request body larger than {@code quarkus.http.limits.max-body-size} (a PDF over 10 MB) gets a Dutch
 * answer instead of Vert.x's bare 413: problem+json under {@code /api}, the error page in the product's
 * layout elsewhere, with a link back to the form. It runs just before Quarkus's own check, which would
 * answer with an empty 413 (and, for a chunked body, an IOException in the resource). Nothing reaches a
 * resource, so nothing is stored.
 */
@ApplicationScoped
public class TooLargeRequests {

    /**
     * A browser still sending its file does not read an early answer: it shows "connection reset". A
     * body up to this size is therefore read and thrown away before answering (as nginx does); a larger
     * one gets the answer at once and a closed connection.
     */
    static final long READ_AND_DISCARD_UP_TO = 64L * 1024 * 1024;

    static final String TITLE = "Bestand te groot";
    static final String DETAIL = "Wat u verstuurde is te groot. Een bijlage is ten hoogste 10 MB.";

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    @Inject
    @Location("shared/error.html")
    Template errorPage;

    @Inject
    ObjectMapper objectMapper;

    void install(@Observes Router router) {
        maxBodySize.ifPresent(limit -> router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
                .handler(context -> check(context, limit.asLongValue())));
    }

    private void check(RoutingContext context, long limit) {
        HttpServerRequest request = context.request();
        long length = contentLength(request);
        if (length < 0 && chunked(request) && context.user() != null && upload(request)) {
            readUpTo(context, limit);
            return;
        }
        if (length <= limit) {
            context.next();
            return;
        }
        Log.debugf("Refused a body of %s bytes on %s", Long.toString(length), request.path());
        if (length > READ_AND_DISCARD_UP_TO || expectsContinue(request)) {
            answer(context, true);
            return;
        }
        request.handler(ignored -> {
        });
        request.exceptionHandler(failure -> request.connection().close());
        request.endHandler(ended -> answer(context, false));
        request.resume();
    }

    /**
     * An upload without a length (chunked, as some API clients send a multipart upload) is read here up to
     * the limit and handed on as the request's body, which Quarkus REST then reads instead of the
     * connection. Beyond the limit the rest is thrown away and the answer is the same as above. Only for a
     * signed-in user (authentication runs before this route), so nobody unknown can make the server hold
     * 11 MB; other chunked bodies keep Quarkus's own limit.
     */
    private void readUpTo(RoutingContext context, long limit) {
        HttpServerRequest request = context.request();
        Buffer body = Buffer.buffer();
        long[] received = { 0 };
        request.handler(chunk -> {
            received[0] += chunk.length();
            if (received[0] <= limit) {
                body.appendBuffer(chunk);
            } else if (received[0] > READ_AND_DISCARD_UP_TO) {
                answer(context, true);
            }
        });
        request.exceptionHandler(failure -> request.connection().close());
        request.endHandler(ended -> {
            if (received[0] > limit) {
                Log.debugf("Refused a chunked body of %s bytes on %s", Long.toString(received[0]), request.path());
                answer(context, false);
            } else {
                context.setBody(body);
                context.next();
            }
        });
        if (expectsContinue(request)) {
            context.response().writeContinue();
        }
        request.resume();
    }

    private static boolean upload(HttpServerRequest request) {
        String type = request.getHeader(HttpHeaderNames.CONTENT_TYPE);
        return type != null && (type.startsWith("multipart/form-data") || type.startsWith("application/pdf"));
    }

    private static boolean chunked(HttpServerRequest request) {
        String encoding = request.getHeader(HttpHeaderNames.TRANSFER_ENCODING);
        return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked");
    }

    private static boolean expectsContinue(HttpServerRequest request) {
        return "100-continue".equalsIgnoreCase(request.getHeader(HttpHeaderNames.EXPECT));
    }

    /** The announced length; -1 when there is none. */
    private static long contentLength(HttpServerRequest request) {
        String header = request.getHeader(HttpHeaderNames.CONTENT_LENGTH);
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void answer(RoutingContext context, boolean close) {
        HttpServerResponse response = context.response();
        if (response.ended()) {
            return;
        }
        String path = context.normalizedPath();
        String body;
        if (path.startsWith("/api/")) {
            response.putHeader(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE);
            body = problem(path);
        } else {
            response.putHeader(HttpHeaderNames.CONTENT_TYPE, "text/html;charset=UTF-8");
            // who is signed in is not looked up: the request never reached the security layer's result
            body = errorPage.data("errorPage", true).data("withoutIdentity", true).data("status", 413)
                    .data("title", TITLE)
                    .data("detail", DETAIL + " Er is niets opgeslagen. Kies een kleiner bestand, bijvoorbeeld door de PDF te verkleinen of in delen te splitsen.")
                    .data("back", formPage(context.request().getHeader(HttpHeaderNames.REFERER),
                            context.request().getHeader(HttpHeaderNames.HOST)))
                    .render();
        }
        response.setStatusCode(413);
        if (close) {
            response.putHeader(HttpHeaderNames.CONNECTION, "close");
            response.end(body).onComplete(done -> context.request().connection().close());
        } else {
            response.end(body);
        }
    }

    private String problem(String path) {
        return new Problem("about:blank", TITLE, 413, DETAIL, path, null).toJson(objectMapper);
    }

    /** The page the form was on (the Referer), when it is one of ours; null otherwise. */
    static String formPage(String referer, String host) {
        if (referer == null || host == null) {
            return null;
        }
        try {
            URI uri = new URI(referer);
            if (!host.equalsIgnoreCase(uri.getRawAuthority()) || uri.getRawPath() == null
                    || !uri.getRawPath().startsWith("/") || uri.getRawPath().startsWith("//")) {
                return null;
            }
            return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
