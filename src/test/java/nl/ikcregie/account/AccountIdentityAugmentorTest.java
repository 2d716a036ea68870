package nl.ikcregie.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.Set;
import java.util.function.Supplier;
import nl.ikcregie.shared.Caller;
import org.junit.jupiter.api.Test;

/** As with an OIDC token: the roles a token claims never count, only the account's. */
@QuarkusTest
class AccountIdentityAugmentorTest {

    static final AuthenticationRequestContext DIRECT = new AuthenticationRequestContext() {
        @Override
        public Uni<SecurityIdentity> runBlocking(Supplier<SecurityIdentity> function) {
            return Uni.createFrom().item(function);
        }
    };

    @Inject
    AccountIdentityAugmentor augmentor;

    static SecurityIdentity token(String name, String... roles) {
        Principal principal = () -> name;
        return QuarkusSecurityIdentity.builder().setPrincipal(principal).addRoles(Set.of(roles)).build();
    }

    @Test
    void aPersonWithoutAnAccountGetsNoRoleWhateverTheTokenSays() {
        SecurityIdentity bound = augmentor.augment(token("onbekend@example.org", "beheerder", "projectleider"), DIRECT)
                .await().indefinitely();
        assertTrue(bound.getRoles().isEmpty());
    }

    @Test
    void anAccountGetsExactlyItsOwnRoleAndOrganisation() {
        SecurityIdentity bound = augmentor.augment(token("aanvrager-pcbo", "beheerder"), DIRECT).await().indefinitely();
        assertEquals(Set.of("aanvrager"), bound.getRoles());
        assertTrue(bound.getAttribute(Caller.ORGANISATION_ID) != null);
    }
}
