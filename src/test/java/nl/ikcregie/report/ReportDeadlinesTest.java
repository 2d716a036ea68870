package nl.ikcregie.report;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.ikcregie.ClosedRounds;
import nl.ikcregie.GrantedRounds;
import nl.ikcregie.Sessions;
import nl.ikcregie.TestClock;
import nl.ikcregie.decision.ReminderJob;
import nl.ikcregie.shared.ClockProducer;
import org.junit.jupiter.api.Test;

/** The term of a yearly report among the deadlines, reminded to the projectleider and the school board once per stage. */
@QuarkusTest
class ReportDeadlinesTest {

    @Inject
    ReminderJob reminders;

    @Inject
    MockMailbox mailbox;

    private static Instant at(LocalDate day) {
        return day.atTime(9, 0).atZone(ClockProducer.AMSTERDAM).toInstant();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aReportDueWithinTwoWeeksIsShownAndRemindedToTheSchoolBoardOnce() {
        String name = "IKC De Tsjotter";
        GrantedRounds.GrantedRound round = GrantedRounds.of("100000", name);
        String applicant = ClosedRounds.applicantOf(name);
        String address = applicant + "@example.org";
        String subject = name + " (" + round.year() + ")";
        LocalDate due = LocalDate.of(round.year() + 1, 4, 1);
        try {
            // a month before: whatever else is due in those years is reminded first
            TestClock.advance(Duration.between(Instant.now(), at(due.minusDays(30))));
            reminders.remind();
            mailbox.clear();
            String lead = Sessions.login("projectleider");
            org.junit.jupiter.api.Assertions.assertFalse(nl.ikcregie.DeadlineList.all(lead, "JAARRAPPORTAGE").contains(subject));

            // a week before the report (the settlement request) is due: shown, and reminded to the board too
            TestClock.advance(Duration.between(at(due.minusDays(30)), at(due.minusDays(7))));
            org.junit.jupiter.api.Assertions.assertTrue(nl.ikcregie.DeadlineList.row(lead, "JAARRAPPORTAGE", subject)
                    .contains("Jaarrapportage " + round.year() + " nog niet gestart"));
            assertTrue(reminders.remind() >= 1);
            List<Mail> board = mailbox.getMailsSentTo(address);
            assertEquals(1, board.size());
            assertTrue(board.get(0).getText().contains(subject), board.get(0).getText());
            assertTrue(board.get(0).getText().contains("Jaarrapportage en verantwoording"));
            assertTrue(mailbox.getMailsSentTo("projectleider@example.org").get(0).getText().contains(subject));
            String otherBoard = applicant.equals("aanvrager-pcbo") ? "aanvrager-bms" : "aanvrager-pcbo";
            assertTrue(mailbox.getMailsSentTo(otherBoard + "@example.org").stream()
                    .noneMatch(m -> m.getText().contains(subject)));
            mailbox.clear();
            assertEquals(0, reminders.remind());
            assertTrue(mailbox.getMailsSentTo(address).isEmpty());

            // a started draft still counts and links to the report; once filed the deadline is gone
            long report = ReportResourceTest.start(applicant, ReportResourceTest.ikcId(name), round.year(), 201)
                    .getLong("id");
            org.junit.jupiter.api.Assertions.assertTrue(nl.ikcregie.DeadlineList.all(lead, "JAARRAPPORTAGE")
                    .contains("/jaarrapportages/" + report));
            Map<String, Object> body = ReportResourceTest.complete(0, "30000");
            ((Map<String, Object>) body.get("check")).put("inspanningsverplichtingen",
                    List.of(Map.of("status", "NAGEKOMEN")));
            body.put("uitvoering", Map.of("tekst", "Het ouderprogramma liep het hele jaar."));
            Sessions.api(applicant).contentType("application/json").body(body)
                    .put("/api/v1/jaarrapportages/" + report).then().statusCode(200);
            Sessions.api(applicant).contentType("application/json").body(Map.of("versie", 1))
                    .post("/api/v1/jaarrapportages/" + report + "/indiening").then().statusCode(200);
            org.junit.jupiter.api.Assertions.assertFalse(nl.ikcregie.DeadlineList.all(lead, "JAARRAPPORTAGE").contains(subject));
        } finally {
            TestClock.reset();
        }
    }
}
