package nl.ikcregie.shared.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/** The rule that answers 503 instead of 500: a database that cannot be reached, anywhere in the cause chain. */
class DatabaseUnavailableTest {

    @Test
    void aRefusedConnectionAsHibernateReportsItIsUnavailable() {
        // what a request meets when the database is down (seen in DatabaseOutageIT)
        SQLException driver = new SQLNonTransientConnectionException(
                "Socket fail to connect to 127.0.0.1:3306. Connection refused", "08000", new ConnectException());
        assertTrue(ExceptionMappers.databaseUnavailable(
                new JDBCConnectionException("Unable to acquire JDBC Connection", driver)));
    }

    @Test
    void theRuleLooksThroughEveryWrapper() {
        SQLException driver = new SQLNonTransientConnectionException("(conn=4) Socket error");
        assertTrue(ExceptionMappers.databaseUnavailable(new IllegalStateException("lock",
                new PersistenceException("tx", new RuntimeException(driver)))));
        assertTrue(ExceptionMappers.databaseUnavailable(new RuntimeException(new SQLTransientConnectionException("gone"))));
    }

    @Test
    void aConnectionSqlStateOrAnExhaustedPoolIsUnavailable() {
        assertTrue(ExceptionMappers.databaseUnavailable(new SQLException("Communications link failure", "08S01")));
        // Agroal: no pooled connection came free within the acquisition timeout
        assertTrue(ExceptionMappers.databaseUnavailable(
                new PersistenceException(new SQLException("Sorry, acquisition timeout!"))));
    }

    @Test
    void otherDatabaseErrorsAndBugsAreNot() {
        assertFalse(ExceptionMappers.databaseUnavailable(new ConstraintViolationException("duplicate",
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000"), "uq_x")));
        assertFalse(ExceptionMappers.databaseUnavailable(new SQLException()));
        assertFalse(ExceptionMappers.databaseUnavailable(new SQLException("Lock wait timeout exceeded", "HY000")));
        assertFalse(ExceptionMappers.databaseUnavailable(new IllegalStateException("a bug", new NullPointerException())));
    }
}
