package nl.ikcregie.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import nl.ikcregie.shared.db.EmbeddedDatabase;
import org.junit.jupiter.api.Test;

/** The embedded MariaDB as an operator meets it: data survives a restart, a second instance is kept off. */
class EmbeddedDatabaseTest {

    @Test
    void aRestartOnTheSameDataDirectoryKeepsTheDataAndASecondInstanceIsRefused() throws SQLException {
        Path dataDir = Path.of("target", "restart-test", UUID.randomUUID().toString(), "mariadb");
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDir)) {
            execute(first, "create table note (id int primary key, text varchar(50))");
            execute(first, "insert into note values (1, 'bewaard')");
            EmbeddedDatabase.DataDirectoryInUseException refused = assertThrows(
                    EmbeddedDatabase.DataDirectoryInUseException.class, () -> EmbeddedDatabase.start(dataDir));
            assertTrue(refused.getMessage().contains("in use by another running IKC Regie instance"));
        }
        try (EmbeddedDatabase second = EmbeddedDatabase.start(dataDir);
                Connection c = DriverManager.getConnection(second.jdbcUrl(), "root", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select text from note where id = 1")) {
            assertTrue(rs.next());
            assertEquals("bewaard", rs.getString(1));
        }
    }

    @Test
    void aDataDirectoryUnderTheTemporaryDirectoryIsKeptToo() throws Exception {
        Path dataDir = java.nio.file.Files.createTempDirectory("ikc-data-").resolve("mariadb");
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDir)) {
            execute(first, "create table note (id int primary key)");
        }
        try (EmbeddedDatabase second = EmbeddedDatabase.start(dataDir)) {
            execute(second, "insert into note values (1)");
        }
    }

    @Test
    void aDatabaseStartedAgainOnItsPortKeepsItsJdbcUrlAndData() throws SQLException {
        Path dataDir = Path.of("target", "restart-test", UUID.randomUUID().toString(), "mariadb");
        String url;
        int port;
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDir)) {
            execute(first, "create table note (id int primary key)");
            execute(first, "insert into note values (7)");
            url = first.jdbcUrl();
            port = first.port();
        }
        try (EmbeddedDatabase again = EmbeddedDatabase.start(dataDir, port);
                Connection c = DriverManager.getConnection(url, "root", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select id from note")) {
            assertEquals(url, again.jdbcUrl());
            assertTrue(rs.next());
            assertEquals(7, rs.getInt(1));
        }
    }

    private static void execute(EmbeddedDatabase db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "root", "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
