package nl.ikcregie;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import nl.ikcregie.shared.db.EmbeddedDatabase;

/** One embedded MariaDB per test run, in its own directory under target/ (never H2). */
public class EmbeddedMariaDbResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedDatabase database;

    @Override
    public Map<String, String> start() {
        Path dataDir = Path.of("target", "test-mariadb", UUID.randomUUID().toString(), "mariadb");
        database = EmbeddedDatabase.start(dataDir);
        return Map.of("quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", "root",
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        if (database != null) {
            database.close();
        }
    }
}
