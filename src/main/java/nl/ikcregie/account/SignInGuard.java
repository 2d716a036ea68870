package nl.ikcregie.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.spi.runtime.BlockingSecurityExecutor;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import nl.ikcregie.shared.AuditLog;
import nl.ikcregie.shared.Dates;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks a local account's password with brute-force protection per account name and per address
 * (see {@link SignInThrottle}); every sign-in, failed sign-in and refused attempt is logged and
 * recorded in the audit trail. The same answer for an unknown name, a wrong password, a blocked or a
 * locked account, so that nothing tells which names exist.
 *
 * <p>Built to hold an API client that signs every request with HTTP Basic, and a flood of wrong
 * passwords: a request first reads its account and both counters in one statement (no transaction, the
 * connection back in the pool at once); a credential that passed the bcrypt comparison a moment ago
 * ({@link CredentialCache}) and whose account still has that password and is active is signed in
 * there and then. Otherwise the comparison runs on one of a few threads shared fairly between
 * addresses ({@link PasswordChecks}), holding no connection, and a failure is counted in one short
 * transaction that locks the two counter rows in a fixed order. A locked name or address is refused
 * without a comparison (the lock tells nothing about whether the name exists: unknown names are
 * counted and locked alike); those refusals are recorded in batches ({@link RefusedSignIns}).
 */
@ApplicationScoped
public class SignInGuard {

    public static final String AUDIT_SIGNED_IN = "AANGEMELD";
    public static final String AUDIT_FAILED = "AANMELDING_MISLUKT";
    public static final String AUDIT_REFUSED = "AANMELDING_GEWEIGERD";
    static final String REFUSED_REASON = "te veel mislukte pogingen";
    /** Audit rows of sign-ins whose account is unknown carry this entity id. */
    public static final long UNKNOWN_ACCOUNT = 0;
    /** A failure's transaction that meets a deadlock anyway (another instance, the nightly purge) is tried this often. */
    static final int ATTEMPTS = 3;

    /** A bcrypt hash to compare with when the name is unknown: the same cost as a real check. */
    private static final String NO_ACCOUNT_HASH = BcryptUtil.bcryptHash("no account has this password");

    /** Whoever signed in: the account, and what its requests need to know of it. */
    public record SignedIn(long id, String username, AccountService.AccountInfo info) {
    }

    /** One sign-in attempt; never printed with its password. */
    record Attempt(String name, String password, String address) {

        @Override
        public String toString() {
            return "Attempt[" + name + " from " + address + "]";
        }
    }

    /** bcrypt comparisons made by this process (tests: a known client is compared once). */
    private final AtomicLong comparisons = new AtomicLong();

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    SignInRecords records;

    @Inject
    RefusedSignIns refusals;

    @Inject
    CredentialCache credentials;

    @Inject
    PasswordChecks checks;

    @Inject
    BlockingSecurityExecutor blocking;

    @ConfigProperty(name = "ikc.sign-in.account.max-failures", defaultValue = "5")
    int accountMaxFailures;

    @ConfigProperty(name = "ikc.sign-in.address.max-failures", defaultValue = "20")
    int addressMaxFailures;

    @ConfigProperty(name = "ikc.sign-in.quiet-period", defaultValue = "PT1H")
    Duration quietPeriod;

    @ConfigProperty(name = "ikc.sign-in.lock", defaultValue = "PT1M")
    Duration baseLock;

    /**
     * Checks {@code password} for {@code givenName} from {@code address}; answers the account when the
     * password is right, the account active and neither the name nor the address locked. Call it on the
     * request's event loop: the database read runs on a worker thread, the comparison on {@link PasswordChecks},
     * and the answer comes back on the request's context.
     */
    public Uni<Optional<SignedIn>> attempt(String givenName, String password, String address) {
        Attempt attempt = new Attempt(accountKey(givenName), password == null ? "" : password, address);
        String key = credentials.key(attempt.name(), attempt.password());
        Context context = Vertx.currentContext();
        return blocking.executeBlocking(() -> quickCheck(attempt, key)).flatMap(quick -> {
            if (quick.isPresent()) {
                return Uni.createFrom().item(quick.get());
            }
            Uni<Optional<SignedIn>> full = Uni.createFrom()
                    .completionStage(() -> checks.submit(attempt.address(), () -> fullCheck(attempt, key)));
            return context == null ? full : full.emitOn(task -> context.runOnContext(ignored -> task.run()));
        });
    }

    /**
     * What one read decides: a locked name or address is refused, a credential verified a moment ago
     * against the account's current password signs in; anything else (empty) needs the comparison.
     */
    Optional<Optional<SignedIn>> quickCheck(Attempt attempt, String key) {
        SignInRecords.Snapshot now = records.read(attempt.name(), attempt.address());
        if (now.isLocked(clock.instant())) {
            refuse(attempt, now);
            return Optional.of(Optional.empty());
        }
        Optional<SignInRecords.Account> account = now.account()
                .filter(a -> a.active() && credentials.holds(key, a.username(), a.passwordHash()));
        return account.map(a -> Optional.of(succeed(attempt, a, now)));
    }

    /** The full check, in the address's turn on the comparison threads; holds no connection while comparing. */
    Optional<SignedIn> fullCheck(Attempt attempt, String key) {
        // read again: the attempts just before this one from the same address may have locked it meanwhile
        SignInRecords.Snapshot before = records.read(attempt.name(), attempt.address());
        if (before.isLocked(clock.instant())) {
            refuse(attempt, before);
            return Optional.empty();
        }
        Optional<SignInRecords.Account> account = before.account();
        if (account.isPresent() && account.get().active()
                && credentials.holds(key, account.get().username(), account.get().passwordHash())) {
            // the same credentials were verified while this attempt waited its turn
            return Optional.of(succeed(attempt, account.get(), before));
        }
        // an unknown name costs the same comparison, and matches nothing even with the stand-in's password
        String hash = account.map(SignInRecords.Account::passwordHash).orElse(NO_ACCOUNT_HASH);
        comparisons.incrementAndGet();
        boolean matches = BcryptUtil.matches(attempt.password(), hash) && account.isPresent();
        if (matches && account.get().active()) {
            credentials.remember(key, account.get().username(), hash);
            // a lock, a new password or a block that came during the comparison still counts
            SignInRecords.Snapshot after = records.read(attempt.name(), attempt.address());
            if (after.isLocked(clock.instant())) {
                refuse(attempt, after);
                return Optional.empty();
            }
            account = after.account().filter(a -> a.passwordHash().equals(hash));
            if (account.isPresent() && account.get().active()) {
                return Optional.of(succeed(attempt, account.get(), after));
            }
            matches = account.isPresent();
            account = after.account();
        }
        recordFailure(attempt, account, matches ? "account geblokkeerd" : "onbekende naam of onjuist wachtwoord");
        return Optional.empty();
    }

    private SignedIn succeed(Attempt attempt, SignInRecords.Account account, SignInRecords.Snapshot snapshot) {
        if (snapshot.nameHasFailures()) {
            records.forgetFailuresOf(attempt.name(), clock.instant());
        }
        return new SignedIn(account.id(), account.username(), account.info());
    }

    /** Records a successful form sign-in, in the caller's transaction (with the session it starts). */
    public void recordSignIn(SignedIn signedIn, String address) {
        Log.infof("Signed in: '%s' from %s", signedIn.username(), address);
        audit.recordAs(signedIn.username(), AccountService.AUDIT_TYPE, signedIn.id(), AUDIT_SIGNED_IN, null, null, null,
                "vanaf " + address);
    }

    /** A locked name or address: refused without a comparison, recorded by the writer of refusals. */
    private void refuse(Attempt attempt, SignInRecords.Snapshot snapshot) {
        Instant until = snapshot.lockedUntil();
        Log.warnf("Sign-in refused for '%s' from %s: locked until %s", attempt.name(), attempt.address(), until);
        refusals.record(new RefusedSignIns.Refusal(clock.instant(), who(attempt, snapshot.account()),
                entityId(snapshot.account()), describe(attempt, snapshot.account()) + "; vergrendeld tot " + Dates.dutch(until)));
    }

    /**
     * Counts a failure for the name and the address and records it, in one short transaction with both
     * counter rows locked; exact however many fail at once. Should a lock have come meanwhile, the
     * attempt is recorded as refused and not counted, as it would have been had it come a moment later.
     */
    private void recordFailure(Attempt attempt, Optional<SignInRecords.Account> account, String why) {
        for (int round = 1;; round++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> countFailure(attempt, account, why));
                return;
            } catch (RuntimeException e) {
                if (round >= ATTEMPTS || !isDeadlock(e)) {
                    throw e;
                }
                Log.debugf("Deadlock counting a failed sign-in of '%s' from %s; trying again", attempt.name(),
                        attempt.address());
            }
        }
    }

    private void countFailure(Attempt attempt, Optional<SignInRecords.Account> account, String why) {
        Instant now = clock.instant();
        SignInRecords.Counters counters = records.lockForFailure(attempt.name(), attempt.address(), now);
        SignInThrottle.State ofName = counters.ofName().state();
        SignInThrottle.State ofAddress = counters.ofAddress().state();
        String who = who(attempt, account);
        long entityId = entityId(account);
        if (SignInThrottle.isLocked(ofName, now) || SignInThrottle.isLocked(ofAddress, now)) {
            Instant until = latest(ofName.lockedUntil(), ofAddress.lockedUntil());
            Log.warnf("Sign-in refused for '%s' from %s: locked until %s", attempt.name(), attempt.address(), until);
            audit.recordAs(who, AccountService.AUDIT_TYPE, entityId, AUDIT_REFUSED, null, null, REFUSED_REASON,
                    describe(attempt, account) + "; vergrendeld tot " + Dates.dutch(until));
            return;
        }
        SignInThrottle.State nameAfter = new SignInThrottle(accountMaxFailures, quietPeriod, baseLock).afterFailure(ofName, now);
        SignInThrottle.State addressAfter = new SignInThrottle(addressMaxFailures, quietPeriod, baseLock)
                .afterFailure(ofAddress, now);
        counters.ofName().apply(nameAfter);
        counters.ofAddress().apply(addressAfter);
        StringBuilder details = new StringBuilder(describe(attempt, account))
                .append("; poging ").append(nameAfter.failures()).append(" voor deze naam, ")
                .append(addressAfter.failures()).append(" vanaf dit adres");
        Instant lockedUntil = latest(nameAfter.lockedUntil(), addressAfter.lockedUntil());
        if (lockedUntil != null) {
            details.append("; vergrendeld tot ").append(Dates.dutch(lockedUntil));
        }
        Log.warnf("Sign-in failed for '%s' from %s (%s)%s", attempt.name(), attempt.address(), why,
                lockedUntil == null ? "" : "; locked until " + lockedUntil);
        audit.recordAs(who, AccountService.AUDIT_TYPE, entityId, AUDIT_FAILED, null, null, why, details.toString());
    }

    long comparisons() {
        return comparisons.get();
    }

    /** Forgets counters that have been quiet long enough. */
    public long purge() {
        Instant now = clock.instant();
        return QuarkusTransaction.requiringNew().call(() -> SignInFailures.delete(
                "lastFailureAt < ?1 and (lockedUntil is null or lockedUntil < ?2)", now.minus(quietPeriod), now));
    }

    /** The name as counted and looked up: trimmed, lower case, at most the column's 100 characters. */
    static String accountKey(String givenName) {
        String name = givenName == null ? "" : givenName.trim().toLowerCase(Locale.ROOT);
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    private static String who(Attempt attempt, Optional<SignInRecords.Account> account) {
        return account.isPresent() ? attempt.name() : "onbekend";
    }

    private static long entityId(Optional<SignInRecords.Account> account) {
        return account.map(SignInRecords.Account::id).orElse(UNKNOWN_ACCOUNT);
    }

    private static String describe(Attempt attempt, Optional<SignInRecords.Account> account) {
        return (account.isPresent() ? "account '" : "onbekende naam '") + attempt.name() + "' vanaf " + attempt.address();
    }

    /** A deadlock (MariaDB 1213, SQLSTATE 40001) anywhere in the cause chain: the transaction was rolled back whole. */
    static boolean isDeadlock(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && ("40001".equals(sql.getSQLState()) || sql.getErrorCode() == 1213)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    static Instant latest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
