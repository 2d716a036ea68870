package nl.ikcregie.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import nl.ikcregie.shared.db.EmbeddedDatabase;

/**
 * The MariaDB the application instances of an integration test share: an {@link EmbeddedDatabase}
 * in its own directory under {@code target/it-mariadb}, which can be stopped and started again on
 * the same port with the same data (a database outage the instances did not ask for). Closing it
 * removes that directory.
 */
final class ItDatabase implements AutoCloseable {

    private final Path dataDir;
    private final int port;
    private final String jdbcUrl;
    private EmbeddedDatabase running;

    private ItDatabase(Path dataDir, EmbeddedDatabase running) {
        this.dataDir = dataDir;
        this.running = running;
        this.port = running.port();
        this.jdbcUrl = running.jdbcUrl();
    }

    static ItDatabase start() {
        Path dataDir = Path.of("target", "it-mariadb", UUID.randomUUID().toString(), "mariadb");
        return new ItDatabase(dataDir, EmbeddedDatabase.start(dataDir));
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    /** Stops the server (a clean shutdown: clients see their connections closed, then refused). */
    void stop() {
        if (running != null) {
            EmbeddedDatabase stopping = running;
            running = null;
            stopping.close();
        }
    }

    /** Starts the server again on its old port, with the data it had. */
    void startAgain() {
        if (running == null) {
            running = EmbeddedDatabase.start(dataDir, port);
        }
    }

    /** A connection as the test's own eye on the data, outside the application. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, "root", "");
    }

    /** Stops the server and removes its files (some 150 MB a run); the instances' logs stay for diagnosis. */
    @Override
    public void close() throws IOException {
        stop();
        Path runDir = dataDir.getParent();
        try (Stream<Path> files = Files.walk(runDir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
