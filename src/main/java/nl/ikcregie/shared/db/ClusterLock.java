package nl.ikcregie.shared.db;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * A lock shared by all instances on one database: a MariaDB named lock (GET_LOCK), scoped to this
 * database so that a test and a production schema on one server do not block each other. The lock
 * belongs to a connection of its own, held outside any transaction, so it lasts until {@link
 * Held#close()} whatever the work under it commits; a pooled connection is not closed, so close
 * releases the lock explicitly.
 */
@ApplicationScoped
public class ClusterLock {

    /** The lock's full name on the server: the database's name, a slash, then the given name. */
    static final String NAME = "concat(database(), '/', ?)";

    @Inject
    AgroalDataSource dataSource;

    /** Takes the lock without waiting; empty when another connection (another instance) holds it. */
    public Optional<Held> tryLock(String name) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            try (PreparedStatement get = connection.prepareStatement("select get_lock(" + NAME + ", 0)")) {
                get.setString(1, name);
                try (ResultSet result = get.executeQuery()) {
                    result.next();
                    if (result.getInt(1) == 1) {
                        return Optional.of(new Held(connection, name));
                    }
                }
            }
            connection.close();
            return Optional.empty();
        } catch (SQLException e) {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw new IllegalStateException("The lock " + name + " could not be asked for", e);
        }
    }

    /** A lock this instance holds; close releases it and returns its connection to the pool. */
    public static final class Held implements AutoCloseable {

        private final Connection connection;
        private final String name;

        Held(Connection connection, String name) {
            this.connection = connection;
            this.name = name;
        }

        @Override
        public void close() {
            try (connection; PreparedStatement release = connection.prepareStatement("select release_lock(" + NAME + ")")) {
                release.setString(1, name);
                release.executeQuery().close();
            } catch (SQLException e) {
                // a connection that may still hold the lock must not go back to the pool
                Log.warnf(e, "The lock %s could not be released; its connection is dropped", name);
                try {
                    connection.abort(Runnable::run);
                } catch (SQLException ignored) {
                    // the server releases the lock when the connection ends
                }
            }
        }
    }
}
