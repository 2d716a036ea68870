package nl.ikcregie.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.ikcregie.shared.web.ClientAddress;

/**
 * Signs in with a local account's name and password, from the login form or HTTP Basic, through
 * {@link SignInGuard}. A form sign-in starts a server-side session ({@link UserSessions}). Roles and
 * organisation are added by {@link AccountIdentityAugmentor}, as for every other way of signing in.
 */
@ApplicationScoped
public class LocalAccountIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    static final String FORM_POST = "/j_security_check";

    @Inject
    SignInGuard guard;

    @Inject
    UserSessions sessions;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        String address = ClientAddress.of(http);
        boolean form = http != null && http.normalizedPath().endsWith(FORM_POST);
        String password = new String(request.getPassword().getPassword());
        return context.runBlocking(() -> {
            String username = guard.attempt(request.getUsername(), password, address, form)
                    .orElseThrow(() -> new AuthenticationFailedException("sign-in refused"));
            if (form) {
                sessions.start(username, http);
            }
            return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(username)).build();
        });
    }
}
