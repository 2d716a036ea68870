package nl.ikcregie.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import nl.ikcregie.shared.Caller;

/**
 * Binds whoever signed in (local account or, in production, an OIDC token) to the account row:
 * its role and organisation, and nothing else (roles in a token are ignored). A person without
 * an account gets no role at all; a blocked account cannot sign in.
 */
@ApplicationScoped
public class AccountIdentityAugmentor implements SecurityIdentityAugmentor {

    /**
     * The account as {@link LocalAccountIdentityProvider} read it while checking the password, in the same
     * request: no need to read it again.
     */
    static final String ACCOUNT = AccountIdentityAugmentor.class.getName() + ".account";

    @Inject
    AccountService accounts;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        if (identity.getAttribute(ACCOUNT) instanceof AccountService.AccountInfo known) {
            return Uni.createFrom().item(() -> bind(identity, Optional.of(known)));
        }
        return context.runBlocking(() -> bind(identity, accounts.lookup(identity.getPrincipal().getName())));
    }

    private SecurityIdentity bind(SecurityIdentity identity, Optional<AccountService.AccountInfo> found) {
        // a fresh identity: roles come from the account only, never from a token's claims
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .setAnonymous(false);
        found.ifPresent(account -> {
            if (!account.active()) {
                throw new AuthenticationFailedException("account inactive");
            }
            builder.addRole(account.role());
            builder.addAttribute(Caller.DISPLAY_NAME, account.displayName());
            if (account.organisationId() != null) {
                builder.addAttribute(Caller.ORGANISATION_ID, account.organisationId());
            }
        });
        return builder.build();
    }
}
