package nl.ikcregie.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
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
 * organisation are added by {@link AccountIdentityAugmentor}, as for every other way of signing in
 * (from the account as the guard read it, so an API call reads its account once).
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
        return guard.attempt(request.getUsername(), password, address).flatMap(result -> {
            if (result.isEmpty()) {
                return Uni.createFrom().failure(new AuthenticationFailedException("sign-in refused"));
            }
            SignInGuard.SignedIn signedIn = result.get();
            if (!form) {
                return Uni.createFrom().item(identity(signedIn));
            }
            return context.runBlocking(() -> {
                QuarkusTransaction.requiringNew().run(() -> {
                    sessions.start(signedIn.username(), http);
                    guard.recordSignIn(signedIn, address);
                });
                return identity(signedIn);
            });
        });
    }

    private static SecurityIdentity identity(SignInGuard.SignedIn signedIn) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(signedIn.username()))
                .addAttribute(AccountIdentityAugmentor.ACCOUNT, signedIn.info()).build();
    }
}
