package nl.ikcregie.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import nl.ikcregie.shared.AuditLog;
import nl.ikcregie.shared.Caller;
import nl.ikcregie.shared.InputRules;
import nl.ikcregie.shared.Roles;

/** Accounts: the first beheerder, look-ups for sign-in, and password changes. */
@ApplicationScoped
@Transactional
public class AccountService {

    static final String AUDIT_TYPE = "ACCOUNT";
    static final int MIN_PASSWORD_LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    /** What sign-in needs to know about an account. */
    public record AccountInfo(String role, String displayName, Long organisationId, boolean active) {
    }

    @ActivateRequestContext
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AccountInfo> lookup(String username) {
        return User.findByUsername(username)
                .map(u -> new AccountInfo(u.role, u.displayName, u.organisationId, u.active));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<User> list() {
        return User.listAllByName();
    }

    /**
     * Creates the account {@code beheerder} with a random password when no beheerder exists, and
     * prints that password once in the log: the only way into a fresh installation.
     */
    public void ensureFirstAdministrator() {
        if (User.countWithRole(Roles.BEHEERDER) > 0 || User.findByUsername(Roles.BEHEERDER).isPresent()) {
            return;
        }
        String password = randomPassword();
        User admin = create(Roles.BEHEERDER, "Beheerder", Roles.BEHEERDER, null, password);
        Log.warnf("First administrator account created: username '%s', password '%s'. "
                + "Change it after the first sign-in; it is not shown again.", admin.username, password);
    }

    /** Creates an account unless one with this name exists; returns the account either way. */
    public User createIfAbsent(String username, String displayName, String role, Long organisationId,
            String password) {
        return User.findByUsername(username)
                .orElseGet(() -> create(username, displayName, role, organisationId, password));
    }

    private User create(String username, String displayName, String role, Long organisationId, String password) {
        User user = new User();
        user.username = username;
        user.displayName = displayName;
        user.role = role;
        user.organisationId = organisationId;
        user.setPassword(password);
        user.persist();
        audit.created(AUDIT_TYPE, user.id, username + " (" + Roles.label(role) + ")");
        return user;
    }

    /** The signed-in person changes their own password, proving they know the current one. */
    public void changeOwnPassword(String current, String next, String repeat) {
        User user = User.findByUsername(caller.username()).orElseThrow();
        InputRules rules = new InputRules();
        rules.required("huidigWachtwoord", current, 200);
        rules.required("nieuwWachtwoord", next, 200);
        if (current != null && !current.isBlank()) {
            rules.check(BcryptUtil.matches(current, user.passwordHash),
                    "huidigWachtwoord", "Dit is niet uw huidige wachtwoord.");
        }
        if (next != null && !next.isBlank()) {
            rules.check(next.length() >= MIN_PASSWORD_LENGTH, "nieuwWachtwoord",
                    "Kies een wachtwoord van ten minste " + MIN_PASSWORD_LENGTH + " tekens.");
            rules.check(next.equals(repeat), "herhaling", "De twee nieuwe wachtwoorden zijn niet gelijk.");
        }
        rules.throwIfAny();
        user.setPassword(next);
        audit.record(AUDIT_TYPE, user.id, "WACHTWOORD_GEWIJZIGD", null, null, null, null);
    }

    private static String randomPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
