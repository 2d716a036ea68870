package nl.ikcregie.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import java.util.UUID;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;
import nl.ikcregie.shared.db.EmbeddedDatabase;

/** A fresh embedded MariaDB with the product's schema, migrated by Liquibase from the classpath changelog. */
final class Migrations {

    private Migrations() {
    }

    static EmbeddedDatabase freshDatabase() throws Exception {
        EmbeddedDatabase db = EmbeddedDatabase.start(Path.of("target", "national-test", UUID.randomUUID().toString(),
                "mariadb"));
        migrate(db.jdbcUrl());
        return db;
    }

    @SuppressWarnings("deprecation") // the Liquibase facade is the short way to run a changelog from plain Java
    static void migrate(String jdbcUrl) throws Exception {
        // no anonymous usage reporting from a test run
        System.setProperty("liquibase.analytics.enabled", "false");
        try (Connection c = DriverManager.getConnection(jdbcUrl, "root", "")) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            try (Liquibase liquibase = new Liquibase("db/changelog.xml", new ClassLoaderResourceAccessor(), database)) {
                // the changesets go to the log, not to the console of the test run
                Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService()),
                        () -> liquibase.update(new Contexts(), new LabelExpression()));
            }
        }
    }
}
