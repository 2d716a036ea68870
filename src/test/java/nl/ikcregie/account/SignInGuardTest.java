package nl.ikcregie.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;

class SignInGuardTest {

    @Test
    void aDeadlockIsRecognisedThroughTheWrappersAndNothingElseIs() {
        // as Hibernate reports MariaDB's "Deadlock found when trying to get lock" inside a transaction
        SQLException deadlock = new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213);
        assertTrue(SignInGuard.isDeadlock(new IllegalStateException("commit", new PessimisticLockException("lock", deadlock))));
        assertTrue(SignInGuard.isDeadlock(new RuntimeException(new SQLException("deadlock", "HY000", 1213))));
        assertFalse(SignInGuard.isDeadlock(new RuntimeException(new SQLException("Lock wait timeout exceeded", "HY000", 1205))));
        assertFalse(SignInGuard.isDeadlock(new IllegalStateException("a bug")));
    }

    @Test
    void theNameIsCountedTrimmedInLowerCaseAndAtMostAHundredCharacters() {
        assertEquals("projectleider", SignInGuard.accountKey("  ProjectLeider "));
        assertEquals("", SignInGuard.accountKey(null));
        assertEquals(100, SignInGuard.accountKey("x".repeat(300)).length());
    }

    @Test
    void anAttemptNeverPrintsItsPassword() {
        String printed = new SignInGuard.Attempt("projectleider", "Zomerse-Fietstocht-42", "192.0.2.1").toString();
        assertFalse(printed.contains("Zomerse"), printed);
        assertTrue(printed.contains("projectleider") && printed.contains("192.0.2.1"), printed);
    }
}
