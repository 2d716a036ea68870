package nl.ikcregie.shared.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import nl.ikcregie.shared.AuditLog;
import nl.ikcregie.shared.DeniedAccess;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What every request passes before anything else: HSTS when it came over TLS (directly or through a
 * trusted proxy), the refusal of a cross-site call to the API that rests on the session cookie, and
 * the recording of every refused request (403) in the audit trail.
 */
@ApplicationScoped
public class HttpGuards {

    /** Before authentication (-200) and every Quarkus handler that may answer a request. */
    static final int ORDER = -1_000;

    static final String CROSS_SITE_TITLE = "Verzoek van een andere website geweigerd";
    static final String CROSS_SITE_DETAIL = "De API neemt met een sessiecookie alleen verzoeken van IKC Regie zelf aan. "
            + "Gebruik vanuit een ander systeem HTTP Basic.";

    private static final Set<String> CROSS_SITE = Set.of("cross-site", "same-site");

    @Inject
    AuditLog audit;

    @Inject
    ObjectMapper objectMapper;

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name")
    String sessionCookie;

    @ConfigProperty(name = "ikc.hsts", defaultValue = "max-age=31536000; includeSubDomains")
    String hsts;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::guard);
    }

    void guard(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.isSSL()) {
            context.response().putHeader("Strict-Transport-Security", hsts);
        }
        if (isCrossSiteCookieApiCall(context)) {
            context.response().setStatusCode(403).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader("Cache-Control", "no-store");
            recordIfDenied(context, 403);
            context.response().end(new Problem("about:blank", CROSS_SITE_TITLE, 403, CROSS_SITE_DETAIL,
                    context.normalizedPath(), null).toJson(objectMapper));
            return;
        }
        context.addHeadersEndHandler(ignored -> recordIfDenied(context, context.response().getStatusCode()));
        context.next();
    }

    /**
     * A call to {@code /api} that a browser sent from another site with the session cookie: the
     * browser says so in {@code Sec-Fetch-Site}, or the {@code Origin} is not this service's own.
     * Scripts that send HTTP Basic are not affected.
     */
    boolean isCrossSiteCookieApiCall(RoutingContext context) {
        HttpServerRequest request = context.request();
        String path = context.normalizedPath();
        if (!(path.equals("/api") || path.startsWith("/api/")) || path.startsWith("/api/v1/openapi")
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null || request.getCookie(sessionCookie) == null) {
            return false;
        }
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && CROSS_SITE.contains(site.toLowerCase())) {
            return true;
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        return origin != null && !origin.equalsIgnoreCase(request.scheme() + "://" + request.authority());
    }

    private void recordIfDenied(RoutingContext context, int status) {
        if (status != 403) {
            return;
        }
        DeniedAccess denied = new DeniedAccess(actorOf(context), ClientAddress.of(context), context.request().method().name(),
                context.normalizedPath(), status);
        // after the answer: the refusal is recorded in its own transaction, never holding up or failing the request
        Infrastructure.getDefaultWorkerPool().execute(() -> record(denied));
    }

    void record(DeniedAccess denied) {
        try {
            Map.Entry<String, Long> object = denied.object().orElse(Map.entry(DeniedAccess.AUDIT_TYPE, 0L));
            QuarkusTransaction.requiringNew().run(() -> audit.recordAs(denied.actor(), object.getKey(), object.getValue(),
                    DeniedAccess.ACTION, null, null, null, denied.details()));
            Log.warnf("Access denied: %s %s %s for %s from %s", denied.status(), denied.method(), denied.path(),
                    denied.actor(), denied.address());
        } catch (RuntimeException e) {
            Log.errorf("Could not record a denied access (%s %s for %s): %s", denied.method(), denied.path(),
                    denied.actor(), e.getMessage());
        }
    }

    private static String actorOf(RoutingContext context) {
        if (context.user() instanceof QuarkusHttpUser user) {
            SecurityIdentity identity = user.getSecurityIdentity();
            if (identity != null && !identity.isAnonymous()) {
                return identity.getPrincipal().getName();
            }
        }
        return "anoniem";
    }
}
