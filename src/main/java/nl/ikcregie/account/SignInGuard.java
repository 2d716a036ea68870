package nl.ikcregie.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import nl.ikcregie.shared.AuditLog;
import nl.ikcregie.shared.Dates;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks a local account's password with brute-force protection per account name and per address
 * (see {@link SignInThrottle}); every sign-in, failed sign-in and refused attempt is logged and
 * recorded in the audit trail. The same answer for an unknown name, a wrong password, a blocked or a
 * locked account, after the same amount of work, so that nothing tells which names exist.
 */
@ApplicationScoped
public class SignInGuard {

    public static final String AUDIT_SIGNED_IN = "AANGEMELD";
    public static final String AUDIT_FAILED = "AANMELDING_MISLUKT";
    public static final String AUDIT_REFUSED = "AANMELDING_GEWEIGERD";
    /** Audit rows of sign-ins whose account is unknown carry this entity id. */
    public static final long UNKNOWN_ACCOUNT = 0;

    /** A bcrypt hash to compare with when the name is unknown: the same cost as a real check. */
    private static final String NO_ACCOUNT_HASH = BcryptUtil.bcryptHash("no account has this password");

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    UserSessions sessions;

    @ConfigProperty(name = "ikc.sign-in.account.max-failures", defaultValue = "5")
    int accountMaxFailures;

    @ConfigProperty(name = "ikc.sign-in.address.max-failures", defaultValue = "20")
    int addressMaxFailures;

    @ConfigProperty(name = "ikc.sign-in.quiet-period", defaultValue = "PT1H")
    Duration quietPeriod;

    @ConfigProperty(name = "ikc.sign-in.lock", defaultValue = "PT1M")
    Duration baseLock;

    /**
     * Checks {@code password} for {@code givenName} from {@code address}; answers the account's own name
     * when it is right and neither the name nor the address is locked. {@code startsSession}: a form
     * sign-in (recorded as a sign-in); a Basic-authenticated API call is checked the same way but only
     * its failures are recorded.
     */
    public Optional<String> attempt(String givenName, String password, String address, boolean startsSession) {
        String name = givenName == null ? "" : givenName.trim().toLowerCase(Locale.ROOT);
        String accountKey = name.length() > 100 ? name.substring(0, 100) : name;
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = clock.instant();
            Optional<User> user = User.findByUsername(accountKey).filter(u -> u.username.equals(accountKey));
            boolean matches = BcryptUtil.matches(password == null ? "" : password,
                    user.map(u -> u.passwordHash).orElse(NO_ACCOUNT_HASH));
            SignInFailures account = find(SignInFailures.ACCOUNT, accountKey);
            SignInFailures fromAddress = find(SignInFailures.ADDRESS, address);
            long entityId = user.map(u -> u.id).orElse(UNKNOWN_ACCOUNT);
            String who = user.isPresent() ? accountKey : "onbekend";
            if (SignInThrottle.isLocked(state(account), now) || SignInThrottle.isLocked(state(fromAddress), now)) {
                Instant until = later(account, fromAddress);
                Log.warnf("Sign-in refused for '%s' from %s: locked until %s", accountKey, address, until);
                audit.recordAs(who, AccountService.AUDIT_TYPE, entityId, AUDIT_REFUSED, null, null,
                        "te veel mislukte pogingen", describe(accountKey, user.isPresent(), address)
                                + "; vergrendeld tot " + Dates.dutch(until));
                return Optional.empty();
            }
            if (matches && user.get().active) {
                if (account != null) {
                    account.delete();
                }
                if (startsSession) {
                    Log.infof("Signed in: '%s' from %s", accountKey, address);
                    audit.recordAs(accountKey, AccountService.AUDIT_TYPE, entityId, AUDIT_SIGNED_IN, null, null, null,
                            "vanaf " + address);
                }
                return Optional.of(user.get().username);
            }
            SignInThrottle.State accountState = new SignInThrottle(accountMaxFailures, quietPeriod, baseLock)
                    .afterFailure(state(account), now);
            SignInThrottle.State addressState = new SignInThrottle(addressMaxFailures, quietPeriod, baseLock)
                    .afterFailure(state(fromAddress), now);
            save(SignInFailures.ACCOUNT, accountKey, accountState);
            save(SignInFailures.ADDRESS, address, addressState);
            String why = matches ? "account geblokkeerd" : "onbekende naam of onjuist wachtwoord";
            StringBuilder details = new StringBuilder(describe(accountKey, user.isPresent(), address))
                    .append("; poging ").append(accountState.failures()).append(" voor deze naam, ")
                    .append(addressState.failures()).append(" vanaf dit adres");
            Instant lockedUntil = latest(accountState.lockedUntil(), addressState.lockedUntil());
            if (lockedUntil != null) {
                details.append("; vergrendeld tot ").append(Dates.dutch(lockedUntil));
            }
            Log.warnf("Sign-in failed for '%s' from %s (%s)%s", accountKey, address, why,
                    lockedUntil == null ? "" : "; locked until " + lockedUntil);
            audit.recordAs(who, AccountService.AUDIT_TYPE, entityId, AUDIT_FAILED, null, null, why, details.toString());
            return Optional.empty();
        });
    }

    /** Forgets counters that have been quiet long enough. */
    public long purge() {
        Instant now = clock.instant();
        return QuarkusTransaction.requiringNew().call(() -> SignInFailures.delete(
                "lastFailureAt < ?1 and (lockedUntil is null or lockedUntil < ?2)", now.minus(quietPeriod), now));
    }

    private static String describe(String name, boolean known, String address) {
        return (known ? "account '" : "onbekende naam '") + name + "' vanaf " + address;
    }

    private static SignInFailures find(String kind, String value) {
        return SignInFailures.getEntityManager().find(SignInFailures.class, new SignInFailures.Key(kind, value),
                LockModeType.PESSIMISTIC_WRITE);
    }

    private static SignInThrottle.State state(SignInFailures failures) {
        return failures == null ? SignInThrottle.State.NONE : failures.state();
    }

    /**
     * Writes the state of a key; a key seen for the first time is inserted unless another request just
     * did (two failures at the same moment), so neither gets a duplicate key.
     */
    private static void save(String kind, String value, SignInThrottle.State state) {
        ((org.hibernate.query.NativeQuery<?>) SignInFailures.getEntityManager().createNativeQuery("INSERT INTO sign_in_throttle (key_kind, key_value, failures, "
                + "last_failure_at, locked_until) VALUES (?1, ?2, ?3, ?4, ?5) ON DUPLICATE KEY UPDATE failures = ?3, "
                + "last_failure_at = ?4, locked_until = ?5"))
                .setParameter(1, kind).setParameter(2, value).setParameter(3, state.failures())
                .setParameter(4, state.lastFailureAt(), Instant.class).setParameter(5, state.lockedUntil(), Instant.class)
                .executeUpdate();
    }

    private static Instant later(SignInFailures a, SignInFailures b) {
        return latest(a == null ? null : a.lockedUntil, b == null ? null : b.lockedUntil);
    }

    private static Instant latest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
