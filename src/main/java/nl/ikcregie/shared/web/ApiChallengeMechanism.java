package nl.ikcregie.shared.web;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Authenticates nobody; only decides the challenge for machine clients. An unauthenticated call
 * under {@code /api} or to the metrics gets 401 with a Basic challenge, while pages keep the form login's redirect
 * (or, when configured, the OIDC provider's). Form, Basic and OIDC keep doing the authentication.
 */
@ApplicationScoped
public class ApiChallengeMechanism implements HttpAuthenticationMechanism {

    private static final ChallengeData API_CHALLENGE = new ChallengeData(401, HttpHeaderNames.WWW_AUTHENTICATE,
            "Basic realm=\"IKC Regie\"");

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        String path = context.normalizedPath();
        boolean machine = path.equals("/api") || path.startsWith("/api/") || path.startsWith("/q/metrics");
        return machine ? Uni.createFrom().item(API_CHALLENGE) : Uni.createFrom().nullItem();
    }

    @Override
    public int getPriority() {
        // above Basic (2000), OIDC (1001) and Form (1000), so it is asked first for a challenge
        return 3000;
    }
}
