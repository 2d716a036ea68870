package nl.ikcregie.account;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.hibernate.query.NativeQuery;

/**
 * What sign-in reads and writes in the database. The read that every sign-in and every HTTP Basic
 * request makes is one statement on a pooled connection outside any transaction (the account and the
 * failure counters of its name and address), returned to the pool at once: no connection is held
 * while a password is compared. A failure is counted with the two counter rows locked in one fixed
 * order (see {@link #lockForFailure}), so two failures at the same moment wait for each other instead
 * of deadlocking.
 */
@ApplicationScoped
public class SignInRecords {

    private static final String READ = "SELECT u.id, u.username, u.password_hash, u.display_name, u.role, u.organisation_id, "
            + "u.active, a.failures, a.last_failure_at, a.locked_until, d.failures, d.last_failure_at, d.locked_until "
            + "FROM (SELECT 1 AS one) k "
            + "LEFT JOIN app_user u ON u.username = ? "
            + "LEFT JOIN sign_in_throttle a ON a.key_kind = '" + SignInFailures.ACCOUNT + "' AND a.key_value = ? "
            + "LEFT JOIN sign_in_throttle d ON d.key_kind = '" + SignInFailures.ADDRESS + "' AND d.key_value = ?";

    @Inject
    AgroalDataSource dataSource;

    /** An account as sign-in sees it. */
    public record Account(long id, String username, String passwordHash, String displayName, String role,
            Long organisationId, boolean active) {

        AccountService.AccountInfo info() {
            return new AccountService.AccountInfo(role, displayName, organisationId, active);
        }

        @Override
        public String toString() {
            return "Account[" + id + ", " + username + ", active=" + active + "]";
        }
    }

    /**
     * The account of a name (none when unknown) and the counters of that name and of the address, as they
     * were at one moment.
     */
    public record Snapshot(Optional<Account> account, SignInThrottle.State ofName, SignInThrottle.State ofAddress) {

        public boolean isLocked(Instant now) {
            return SignInThrottle.isLocked(ofName, now) || SignInThrottle.isLocked(ofAddress, now);
        }

        public Instant lockedUntil() {
            return SignInGuard.latest(ofName.lockedUntil(), ofAddress.lockedUntil());
        }

        /** Whether the name has failures on record, which a successful sign-in forgets. */
        public boolean nameHasFailures() {
            return ofName != SignInThrottle.State.NONE;
        }
    }

    /** Reads the account {@code accountKey} (exactly that name) and the counters of it and of {@code address}. */
    public Snapshot read(String accountKey, String address) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(READ)) {
            statement.setString(1, accountKey);
            statement.setString(2, accountKey);
            statement.setString(3, address);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                long id = row.getLong(1);
                boolean found = !row.wasNull();
                Optional<Account> account = Optional.empty();
                // the column's collation ignores case; a sign-in name must match exactly
                if (found && accountKey.equals(row.getString(2))) {
                    long organisation = row.getLong(6);
                    account = Optional.of(new Account(id, row.getString(2), row.getString(3), row.getString(4),
                            row.getString(5), row.wasNull() ? null : organisation, row.getBoolean(7)));
                }
                return new Snapshot(account, state(row, 8), state(row, 11));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the account for signing in", e);
        }
    }

    private static SignInThrottle.State state(ResultSet row, int column) throws SQLException {
        int failures = row.getInt(column);
        if (row.wasNull()) {
            return SignInThrottle.State.NONE;
        }
        return new SignInThrottle.State(failures, instant(row, column + 1), instant(row, column + 2));
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        // stored in UTC (quarkus.hibernate-orm.jdbc.timezone)
        LocalDateTime value = row.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    /**
     * Forgets the failures of a name after a successful sign-in (unless it is locked by now); one
     * statement on one row, outside any transaction.
     */
    public void forgetFailuresOf(String accountKey, Instant now) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("DELETE FROM sign_in_throttle WHERE key_kind = '"
                        + SignInFailures.ACCOUNT + "' AND key_value = ? AND (locked_until IS NULL OR locked_until <= ?)")) {
            statement.setString(1, accountKey);
            statement.setObject(2, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot forget the failed sign-ins of a name", e);
        }
    }

    /** The two counter rows of a failure, locked for this transaction. */
    public record Counters(SignInFailures ofName, SignInFailures ofAddress) {
    }

    /**
     * In the caller's transaction: makes sure both counter rows exist and locks them, always the name's
     * row first and then the address's, in one statement (an upsert that changes nothing in an existing
     * row). Every transaction takes them in this order and takes no other counter row, and rows that
     * exist need no gap locks, so two failures wait for each other and never deadlock.
     */
    public Counters lockForFailure(String accountKey, String address, Instant now) {
        EntityManager em = SignInFailures.getEntityManager();
        ((NativeQuery<?>) em.createNativeQuery("INSERT INTO sign_in_throttle (key_kind, key_value, failures, "
                + "last_failure_at, locked_until) VALUES (?1, ?2, 0, ?5, NULL), (?3, ?4, 0, ?5, NULL) "
                + "ON DUPLICATE KEY UPDATE failures = failures"))
                .setParameter(1, SignInFailures.ACCOUNT).setParameter(2, accountKey)
                .setParameter(3, SignInFailures.ADDRESS).setParameter(4, address)
                .setParameter(5, now, Instant.class)
                .executeUpdate();
        // already locked by the upsert; read for update so that the values are the latest committed ones
        SignInFailures ofName = em.find(SignInFailures.class, new SignInFailures.Key(SignInFailures.ACCOUNT, accountKey),
                LockModeType.PESSIMISTIC_WRITE);
        SignInFailures ofAddress = em.find(SignInFailures.class, new SignInFailures.Key(SignInFailures.ADDRESS, address),
                LockModeType.PESSIMISTIC_WRITE);
        return new Counters(ofName, ofAddress);
    }
}
