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
import java.util.regex.Pattern;
import nl.ikcregie.organisation.Organisation;
import nl.ikcregie.organisation.OrganisationKind;
import nl.ikcregie.organisation.OrganisationService;
import nl.ikcregie.shared.AuditEvent;
import nl.ikcregie.shared.AuditLog;
import nl.ikcregie.shared.Caller;
import nl.ikcregie.shared.Changes;
import nl.ikcregie.shared.ConflictException;
import nl.ikcregie.shared.ForbiddenException;
import nl.ikcregie.shared.InputRules;
import nl.ikcregie.shared.NotFoundException;
import nl.ikcregie.shared.Roles;

/** Accounts: the first beheerder, look-ups for sign-in, and password changes. */
@ApplicationScoped
@Transactional
public class AccountService {

    static final String AUDIT_TYPE = "ACCOUNT";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,99}");

    @Inject
    OrganisationService organisations;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    UserSessions sessions;

    @Inject
    CredentialCache credentials;

    /** What sign-in needs to know about an account. */
    public record AccountInfo(String role, String displayName, Long organisationId, boolean active) {
    }

    @ActivateRequestContext
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AccountInfo> lookup(String username) {
        return User.findByUsername(username)
                .map(u -> new AccountInfo(u.role, u.displayName, u.organisationId, u.active));
    }

    /** The e-mail address of an account, for notifications; empty when it has none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> emailOf(String username) {
        return User.findByUsername(username).map(u -> u.email).filter(e -> !e.isBlank());
    }

    /** The e-mail addresses of the active accounts with a role, optionally of one organisation (for notices). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> emailsOf(String role, Long organisationId) {
        List<User> users = organisationId == null ? User.list("role = ?1 and active = true order by username", role)
                : User.list("role = ?1 and organisationId = ?2 and active = true order by username", role, organisationId);
        return users.stream().map(u -> u.email).filter(e -> e != null && !e.isBlank()).toList();
    }

    /** A member of the IKC-commissie, as assignment and assessment pages name them. */
    public record CommitteeMember(String username, String displayName, Long organisationId) {
    }

    /** The active members of the IKC-commissie, by name; names are not secret among those who run the assessment. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CommitteeMember> committeeMembers() {
        return User.listActiveWithRole(Roles.COMMISSIELID).stream()
                .map(u -> new CommitteeMember(u.username, u.displayName, u.organisationId)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<User> list() {
        requireBeheerder();
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
        User admin = create(Roles.BEHEERDER, "Beheerder", null, Roles.BEHEERDER, null, password);
        Log.warnf("First administrator account created: username '%s', password '%s'. "
                + "Change it after the first sign-in; it is not shown again.", admin.username, password);
    }

    /** Creates an account unless one with this name exists; returns the account either way. */
    public User createIfAbsent(String username, String displayName, String email, String role, Long organisationId,
            String password) {
        return User.findByUsername(username)
                .orElseGet(() -> create(username, displayName, email, role, organisationId, password));
    }

    private User create(String username, String displayName, String email, String role, Long organisationId,
            String password) {
        User user = new User();
        user.username = username;
        user.displayName = displayName;
        user.email = email;
        user.role = role;
        user.organisationId = organisationId;
        user.setPassword(password);
        user.persist();
        audit.created(AUDIT_TYPE, user.id, username + " (" + Roles.label(role) + ")");
        return user;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public User get(long id) {
        requireBeheerder();
        User user = User.findById(id);
        if (user == null) {
            throw new NotFoundException("Account");
        }
        return user;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEvent> history(long id) {
        get(id);
        return audit.history(AUDIT_TYPE, id);
    }

    /** The beheerder creates an account with a first password that its owner changes after signing in. */
    public User createAccount(AccountInvoer input) {
        requireBeheerder();
        InputRules rules = new InputRules();
        String username = rules.required("gebruikersnaam", input.gebruikersnaam, 100);
        if (username != null) {
            rules.check(USERNAME.matcher(username).matches(), "gebruikersnaam",
                    "Gebruik 3 tot 100 kleine letters, cijfers, punten, streepjes of liggende streepjes.");
            rules.check(User.findByUsername(username).isEmpty(), "gebruikersnaam", "Deze gebruikersnaam bestaat al.");
        }
        rules.required("wachtwoord", input.wachtwoord, 200);
        PasswordPolicy.check(rules, "wachtwoord", input.wachtwoord, username);
        User user = new User();
        user.username = username;
        apply(user, input, rules);
        user.setPassword(input.wachtwoord);
        user.persist();
        audit.created(AUDIT_TYPE, user.id, username + " (" + Roles.label(user.role) + ")");
        return user;
    }

    /** The beheerder changes name, role, organisation or active state, or sets a new password. */
    public User updateAccount(long id, AccountInvoer input) {
        User user = get(id);
        ConflictException.requireVersion(input.versie, user.version);
        InputRules rules = new InputRules();
        boolean self = user.username.equals(caller.username());
        if (self) {
            rules.check(Roles.BEHEERDER.equals(input.rol), "rol", "U kunt uw eigen beheerdersrol niet afnemen.");
            rules.check(Boolean.TRUE.equals(input.actief), "actief", "U kunt uw eigen account niet blokkeren.");
        }
        boolean newPassword = input.wachtwoord != null && !input.wachtwoord.isBlank();
        if (newPassword) {
            PasswordPolicy.check(rules, "wachtwoord", input.wachtwoord, user.username);
        }
        String oldName = user.displayName;
        String oldEmail = user.email;
        String oldRole = user.role;
        Long oldOrganisation = user.organisationId;
        boolean oldActive = user.active;
        apply(user, input, rules);
        Changes changes = new Changes().field("naam", oldName, user.displayName).field("e-mail", oldEmail, user.email)
                .field("rol", oldRole, user.role).field("organisatie", organisationName(oldOrganisation),
                        organisationName(user.organisationId))
                .field("actief", oldActive ? "ja" : "nee", user.active ? "ja" : "nee");
        if (newPassword) {
            user.setPassword(input.wachtwoord);
            changes.field("wachtwoord", "", "opnieuw ingesteld");
        }
        if (!changes.isEmpty()) {
            audit.changed(AUDIT_TYPE, id, changes.toString());
        }
        if (newPassword || (oldActive && !user.active)) {
            // a password set by the beheerder or a blocked account: the sessions of its holder end now, and
            // no API call signs in with a credential verified before (other instances see the new hash or state)
            credentials.forget(user.username);
            int ended = sessions.endAll(user.username, UserSessions.ACCOUNT_CHANGED, null);
            if (ended > 0) {
                audit.record(AUDIT_TYPE, id, "SESSIES_BEEINDIGD", null, null, null,
                        ended + (ended == 1 ? " sessie" : " sessies") + " van dit account beëindigd");
            }
        }
        return user;
    }

    private void apply(User user, AccountInvoer input, InputRules rules) {
        String name = rules.required("naam", input.naam, 200);
        String email = rules.optional("email", input.email, 254);
        if (email != null) {
            rules.check(email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), "email", "Vul een geldig e-mailadres in.");
        }
        String role = rules.required("rol", input.rol, 20);
        if (role != null) {
            rules.check(Roles.ALL.contains(role), "rol", "Kies een van de rollen.");
        }
        Long organisationId = rules.optionalId("organisatieId", input.organisatieId);
        Organisation organisation = organisationId == null ? null : organisations.find(organisationId).orElse(null);
        if (organisationId != null) {
            rules.check(organisation != null, "organisatieId", "Kies een bestaande organisatie.");
        }
        if (Roles.AANVRAGER.equals(role) || Roles.COMMISSIELID.equals(role)) {
            rules.check(organisationId != null, "organisatieId",
                    "Een aanvrager en een commissielid horen bij een organisatie; kies die.");
        }
        if (Roles.AANVRAGER.equals(role) && organisation != null) {
            rules.check(organisation.kind != OrganisationKind.GEMEENTE, "organisatieId",
                    "Een aanvrager hoort bij een schoolbestuur of een kinderopvangorganisatie.");
        }
        rules.throwIfAny();
        user.displayName = name;
        user.email = email;
        user.role = role;
        user.organisationId = organisationId;
        user.active = user.id == null || Boolean.TRUE.equals(input.actief);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public String organisationName(Long organisationId) {
        if (organisationId == null) {
            return null;
        }
        return organisations.find(organisationId).map(o -> o.name).orElse(null);
    }

    private void requireBeheerder() {
        if (!caller.hasRole(Roles.BEHEERDER)) {
            throw new ForbiddenException("Alleen de beheerder beheert accounts.");
        }
    }

    /** The signed-in person changes their own password, proving they know the current one. */
    public void changeOwnPassword(String current, String next, String repeat, String sessionToken) {
        User user = User.findByUsername(caller.username())
                .orElseThrow(() -> new ForbiddenException("Uw wachtwoord beheert u bij de identity provider van de gemeente."));
        InputRules rules = new InputRules();
        rules.required("huidigWachtwoord", current, 200);
        rules.required("nieuwWachtwoord", next, 200);
        if (current != null && !current.isBlank()) {
            rules.check(BcryptUtil.matches(current, user.passwordHash),
                    "huidigWachtwoord", "Dit is niet uw huidige wachtwoord.");
        }
        if (next != null && !next.isBlank()) {
            PasswordPolicy.check(rules, "nieuwWachtwoord", next, user.username);
            rules.check(next.equals(repeat), "herhaling", "De twee nieuwe wachtwoorden zijn niet gelijk.");
        }
        rules.throwIfAny();
        user.setPassword(next);
        credentials.forget(user.username);
        // whoever else holds a session of this account (another browser, a stolen cookie) is signed out
        int ended = sessions.endAll(user.username, UserSessions.PASSWORD_CHANGED, sessionToken);
        audit.record(AUDIT_TYPE, user.id, "WACHTWOORD_GEWIJZIGD", null, null, null,
                ended == 0 ? null : ended + (ended == 1 ? " andere sessie" : " andere sessies") + " beëindigd");
    }

    /** Ends the session of {@code sessionToken} for good; a sign-out without a running session changes nothing. */
    public void signOut(String sessionToken) {
        String username = sessions.end(sessionToken, UserSessions.SIGNED_OUT);
        if (username != null) {
            User.findByUsername(username).ifPresent(user -> audit.recordAs(username, AUDIT_TYPE, user.id, "AFGEMELD",
                    null, null, null, null));
        }
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
