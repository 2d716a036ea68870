package nl.ikcregie;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import nl.ikcregie.shared.db.EmbeddedDatabase;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Starts IKC Regie. Without {@code QUARKUS_DATASOURCE_JDBC_URL} it first starts an embedded MariaDB
 * whose files live under {@code ${IKC_DATA_DIR:-./data}/mariadb}; with it, nothing embedded starts.
 */
@QuarkusMain
public final class IkcRegieMain {

    private IkcRegieMain() {
    }

    public static void main(String... args) {
        ensureSessionKey();
        if (externalDatabaseConfigured()) {
            Quarkus.run(Running.class, args);
            return;
        }
        String dataRoot = System.getenv().getOrDefault("IKC_DATA_DIR", "./data");
        Path dataDir = Path.of(dataRoot, "mariadb");
        EmbeddedDatabase database;
        try {
            database = EmbeddedDatabase.start(dataDir);
        } catch (EmbeddedDatabase.DataDirectoryInUseException e) {
            System.err.println("IKC Regie cannot start: " + e.getMessage());
            System.exit(1);
            return;
        } catch (RuntimeException e) {
            System.err.println("IKC Regie cannot start the embedded MariaDB in " + dataDir.toAbsolutePath() + ": "
                    + e.getMessage());
            System.exit(1);
            return;
        }
        System.setProperty("quarkus.datasource.jdbc.url", database.jdbcUrl());
        System.setProperty("quarkus.datasource.username", "root");
        System.setProperty("quarkus.datasource.password", "");
        try {
            Quarkus.run(Running.class, args);
        } finally {
            database.close();
        }
    }

    /**
     * Without IKC_SESSION_KEY every start gets its own random key (sessions end at a restart);
     * chosen here so that it never appears in a log line.
     */
    private static void ensureSessionKey() {
        String key = System.getenv("IKC_SESSION_KEY");
        if ((key == null || key.isBlank()) && System.getProperty("quarkus.http.auth.session.encryption-key") == null) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            System.setProperty("quarkus.http.auth.session.encryption-key", Base64.getEncoder().encodeToString(random));
        }
    }

    /** Runs once the application has started (after Quarkus's own start-up lines): says where to sign in. */
    public static final class Running implements QuarkusApplication {

        @Override
        public int run(String... args) {
            Config config = ConfigProvider.getConfig();
            Log.info(SignInHint.text(
                    config.getOptionalValue("quarkus.http.host", String.class).orElse("0.0.0.0"),
                    config.getOptionalValue("quarkus.http.port", Integer.class).orElse(8080),
                    config.getOptionalValue("ikc.demo-data", Boolean.class).orElse(false),
                    config.getOptionalValue("quarkus.oidc.tenant-enabled", Boolean.class).orElse(false)));
            Quarkus.waitForExit();
            return 0;
        }
    }

    private static boolean externalDatabaseConfigured() {
        String env = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        String property = System.getProperty("quarkus.datasource.jdbc.url");
        return (env != null && !env.isBlank()) || (property != null && !property.isBlank());
    }
}
