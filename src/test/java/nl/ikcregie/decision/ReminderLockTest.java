package nl.ikcregie.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.ikcregie.ClosedRounds;
import nl.ikcregie.TestClock;
import org.junit.jupiter.api.Test;

/** Two instances on one database: the morning's reminders go out once, by whichever takes the lock. */
@QuarkusTest
class ReminderLockTest {

    static final String PROJECTLEIDER = "projectleider@example.org";

    @Inject
    ReminderJob reminders;

    @Inject
    MockMailbox mailbox;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void twoRunsAtTheSameMomentMailADeadlineOnce() throws Exception {
        ClosedRounds.of("70000", "IKC De Terp");
        reminders.remind(); // whatever else is due now is reminded first
        mailbox.clear();
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            TestClock.advance(Duration.ofDays(7 * 7)); // the decision term is due within two weeks
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> runs = List.of(instances.submit(() -> {
                start.await();
                return reminders.remind();
            }), instances.submit(() -> {
                start.await();
                return reminders.remind();
            }));
            start.countDown();
            int first = runs.get(0).get(60, TimeUnit.SECONDS); // an exception in a run fails here
            int second = runs.get(1).get(60, TimeUnit.SECONDS);
            assertTrue(first == 0 || second == 0, first + " and " + second);
            assertTrue(first + second >= 1, first + " and " + second);
            List<Mail> sent = mailbox.getMailsSentTo(PROJECTLEIDER);
            assertEquals(1, sent.size(), "mails to the projectleider");
            assertTrue(sent.get(0).getText().contains("IKC De Terp ("), sent.get(0).getText());
        } finally {
            TestClock.reset();
            instances.shutdownNow();
        }
    }

    @Test
    void whileAnotherInstanceHoldsTheLockNothingIsSentAndAfterItIs() throws SQLException {
        ClosedRounds.of("70000", "IKC It Kertier");
        reminders.remind();
        mailbox.clear();
        try (Connection other = dataSource.getConnection(); Statement statement = other.createStatement()) {
            try {
                TestClock.advance(Duration.ofDays(7 * 7));
                assertEquals(1, lock(statement, "get_lock(concat(database(), '/deadline-reminders'), 0)"));
                assertEquals(0, reminders.remind());
                assertTrue(mailbox.getTotalMessagesSent() == 0, "no mail while another instance sends");

                assertEquals(1, lock(statement, "release_lock(concat(database(), '/deadline-reminders'))"));
                assertTrue(reminders.remind() >= 1);
                List<Mail> sent = mailbox.getMailsSentTo(PROJECTLEIDER);
                assertEquals(1, sent.size());
                assertTrue(sent.get(0).getText().contains("IKC It Kertier ("), sent.get(0).getText());
            } finally {
                TestClock.reset();
                lock(statement, "release_lock(concat(database(), '/deadline-reminders'))");
            }
        }
    }

    private static int lock(Statement statement, String call) throws SQLException {
        try (ResultSet result = statement.executeQuery("select " + call)) {
            result.next();
            return result.getInt(1);
        }
    }
}
