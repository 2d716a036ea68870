package nl.ikcregie.decision;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import nl.ikcregie.ClosedRounds;
import nl.ikcregie.Sessions;
import nl.ikcregie.TestClock;
import org.junit.jupiter.api.Test;

/** The decision term on the projectleider's start page and in the morning's reminder, once per stage. */
@QuarkusTest
class DeadlinesTest {

    @Inject
    ReminderJob reminders;

    @Inject
    MockMailbox mailbox;

    @Test
    void aDecisionTermDueWithinTwoWeeksOrPassedIsShownAndRemindedOnce() {
        ClosedRounds.ClosedRound round = ClosedRounds.of("70000", "IKC De Wâlslach");
        String subject = "IKC De Wâlslach (";
        String projectleider = Sessions.login("projectleider");
        reminders.remind(); // whatever else is due now is reminded first
        mailbox.clear();
        Sessions.as(projectleider).get("/projectleider").then().statusCode(200)
                .body(containsString("Termijnen die aandacht vragen"));
        assertTrue(nl.ikcregie.DeadlineList.row(projectleider, "BESLISTERMIJN", subject) == null, "not yet due");
        try {
            TestClock.advance(Duration.ofDays(7 * 7)); // a week before the eight weeks pass
            assertTrue(nl.ikcregie.DeadlineList.row(projectleider, "BESLISTERMIJN", subject).contains("nog 7 dagen"));
            assertTrue(reminders.remind() >= 1);
            List<Mail> sent = mailbox.getMailsSentTo("projectleider@example.org");
            assertEquals(1, sent.size());
            assertTrue(sent.get(0).getText().contains(subject), sent.get(0).getText());
            mailbox.clear();
            assertEquals(0, reminders.remind());
            assertTrue(mailbox.getMailsSentTo("projectleider@example.org").isEmpty());

            TestClock.advance(Duration.ofDays(14)); // now a week late
            assertTrue(nl.ikcregie.DeadlineList.row(projectleider, "BESLISTERMIJN", subject).contains("te laat"));
            Sessions.as(projectleider).get("/projectleider").then().body(containsString("te laat"));
            assertTrue(reminders.remind() >= 1);
            String late = mailbox.getMailsSentTo("projectleider@example.org").get(0).getText();
            assertTrue(late.contains("TE LAAT") && late.contains(subject), late);
        } finally {
            TestClock.reset();
        }
        // only the projectleider sees the deadlines
        Sessions.as(Sessions.login("bestuurder")).get("/college").then().statusCode(200)
                .body(not(containsString("Termijnen die aandacht vragen")));
        for (String user : List.of("bestuurder", "aanvrager-proloog", "commissie-pcbo", "beheerder", "ontwikkelgroep")) {
            Sessions.as(Sessions.login(user)).get("/termijnen").then().statusCode(403);
        }
        assertTrue(round.id() > 0);
    }
}
