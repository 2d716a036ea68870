package nl.ikcregie.shared;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * Who is making the current request: name, role and organisation, as put on the security
 * identity at sign-in. Features decide "by role and by organisation" through this bean.
 */
@RequestScoped
@Named("caller")
public class Caller {

    public static final String ORGANISATION_ID = "ikc.organisationId";
    public static final String DISPLAY_NAME = "ikc.displayName";

    @Inject
    SecurityIdentity identity;

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    public String username() {
        return identity.isAnonymous() ? "anoniem" : identity.getPrincipal().getName();
    }

    public String displayName() {
        String name = identity.getAttribute(DISPLAY_NAME);
        return name != null ? name : username();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean hasAnyRole(String... roles) {
        for (String role : roles) {
            if (identity.hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    /** The first of the contract's roles this caller has, for navigation and home pages. */
    public String primaryRole() {
        return Roles.ALL.stream().filter(identity::hasRole).findFirst().orElse("");
    }

    public String roleLabel() {
        return Roles.label(primaryRole());
    }

    public Optional<Long> organisationId() {
        Long id = identity.getAttribute(ORGANISATION_ID);
        return Optional.ofNullable(id);
    }

    /** Municipal roles see the whole programme; organisation-bound roles only their own part. */
    public boolean seesEverything() {
        return hasAnyRole(Roles.BEHEERDER, Roles.PROJECTLEIDER, Roles.BESTUURDER, Roles.ONTWIKKELGROEP,
                Roles.COMMISSIELID);
    }

    public boolean maintainsReferenceData() {
        return hasAnyRole(Roles.BEHEERDER, Roles.PROJECTLEIDER);
    }
}
