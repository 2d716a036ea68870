package nl.ikcregie.decision;

import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.ikcregie.account.AccountService;
import nl.ikcregie.shared.Dates;
import nl.ikcregie.shared.Roles;
import nl.ikcregie.shared.db.ClusterLock;

/**
 * Every morning the projectleiders get one e-mail with the deadlines that came within two weeks
 * or passed since the last reminder; each deadline is reminded once per stage (due soon, late).
 * A deadline an organisation must meet itself (a yearly report) is also mailed to its aanvragers.
 * With several instances on one database, one of them sends (a MariaDB named lock, see {@link
 * ClusterLock}); the reminders are committed before their mails go out.
 */
@ApplicationScoped
public class ReminderJob {

    @Inject
    DeadlineService deadlines;

    @Inject
    AccountService accounts;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    @Inject
    ClusterLock clusterLock;

    /** The named lock under which one instance at a time sends the reminders. */
    static final String LOCK = "deadline-reminders";

    @Scheduled(cron = "{ikc.reminders.cron}", timeZone = "Europe/Amsterdam", identity = "deadline-reminders",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        int sent = remind();
        Log.infof("Deadline reminders: %d new", sent);
    }

    /**
     * Sends the reminders not sent before; answers how many deadlines were in it, or 0 when another
     * instance is sending them now. The reminders are recorded and committed first, the mails go out
     * after, all under a lock shared by the instances on this database.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED) // the lock outlives the transaction that records
    public int remind() {
        Optional<ClusterLock.Held> lock = clusterLock.tryLock(LOCK);
        if (lock.isEmpty()) {
            Log.info("Deadline reminders: another instance is sending the reminders");
            return 0;
        }
        try (ClusterLock.Held held = lock.get()) {
            Reminders reminders = QuarkusTransaction.requiringNew().call(this::record);
            reminders.mails().forEach(mailer::send);
            return reminders.deadlines();
        }
    }

    /** The deadlines in the mails, and the mails to send once the reminders are committed. */
    private record Reminders(int deadlines, List<Mail> mails) {
    }

    private Reminders record() {
        LocalDate today = LocalDate.now(clock);
        List<Deadline> fresh = new ArrayList<>();
        for (Deadline d : Deadline.attention(deadlines.all(), today)) {
            String key = d.key() + "|" + d.dueOn() + "|" + (d.isLate(today) ? "te-laat" : "binnenkort");
            if (DeadlineReminder.findById(key) == null) {
                DeadlineReminder reminder = new DeadlineReminder();
                reminder.key = key;
                reminder.sentAt = clock.instant();
                reminder.persist();
                fresh.add(d);
            }
        }
        List<Mail> mails = new ArrayList<>();
        if (fresh.isEmpty()) {
            return new Reminders(0, mails);
        }
        String subject = "Termijnen: " + fresh.size() + (fresh.size() == 1 ? " termijn vraagt" : " termijnen vragen")
                + " aandacht";
        String body = body("Beste projectleider", fresh, today);
        for (String address : accounts.emailsOf(Roles.PROJECTLEIDER, null)) {
            mails.add(Mail.withText(address, subject, body));
        }
        // an organisation that must act itself (a school board's yearly report) hears of its own deadlines
        Map<Long, List<Deadline>> perOrganisation = new TreeMap<>();
        fresh.stream().filter(d -> d.organisationId() != null)
                .forEach(d -> perOrganisation.computeIfAbsent(d.organisationId(), k -> new ArrayList<>()).add(d));
        perOrganisation.forEach((organisationId, own) -> {
            String ownSubject = "IKC Regie: " + own.size() + (own.size() == 1 ? " termijn vraagt" : " termijnen vragen")
                    + " uw aandacht";
            String ownBody = body("Beste aanvrager", own, today);
            for (String address : accounts.emailsOf(Roles.AANVRAGER, organisationId)) {
                mails.add(Mail.withText(address, ownSubject, ownBody));
            }
        });
        return new Reminders(fresh.size(), mails);
    }

    private static String body(String salutation, List<Deadline> deadlines, LocalDate today) {
        StringBuilder body = new StringBuilder(salutation + ",\n\nDeze termijnen vragen uw aandacht:\n\n");
        for (Deadline d : deadlines) {
            body.append("- ").append(d.isLate(today) ? "TE LAAT" : "uiterlijk " + Dates.dutch(d.dueOn())).append(": ")
                    .append(d.kind().label()).append(", ").append(d.subject()).append(" — ").append(d.description())
                    .append(d.isLate(today) ? " (was " + Dates.dutch(d.dueOn()) + ")" : "").append('\n');
        }
        body.append("\nU vindt alle termijnen op uw startpagina in IKC Regie.\n\nDit bericht is automatisch verstuurd.\n");
        return body.toString();
    }
}
