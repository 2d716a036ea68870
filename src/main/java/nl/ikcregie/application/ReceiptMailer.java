package nl.ikcregie.application;

import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.ikcregie.account.AccountService;
import nl.ikcregie.shared.ClockProducer;
import nl.ikcregie.shared.Money;

/** The acknowledgement of receipt (Awb 4:3a) by e-mail, sent only once the submission is committed. */
@ApplicationScoped
public class ReceiptMailer {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm",
            Locale.forLanguageTag("nl-NL"));

    @Inject
    Mailer mailer;

    @Inject
    AccountService accounts;

    void onSubmitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ApplicationSubmitted event) {
        accounts.emailOf(event.submittedBy()).ifPresentOrElse(address -> {
            String moment = MOMENT.format(event.receivedAt().atZone(ClockProducer.AMSTERDAM));
            String subject = (event.completion() ? "Aanvulling ontvangen: " : "Ontvangstbevestiging aanvraag ")
                    + event.reference();
            String body = "Beste aanvrager,\n\n"
                    + (event.completion() ? "Wij hebben de aanvulling op uw aanvraag ontvangen."
                            : "Wij hebben uw aanvraag ontvangen.") + "\n\n"
                    + "Kenmerk: " + event.reference() + "\n"
                    + "IKC: " + event.ikcName() + "\n"
                    + "Subsidieronde: " + event.roundTitle() + "\n"
                    + "Aangevraagd bedrag: " + Money.format(event.requestedAmount()) + "\n"
                    + "Ontvangen op: " + moment + "\n\n"
                    + "Noem het kenmerk als u contact met ons opneemt. U vindt de aanvraag en de stand van zaken in "
                    + "IKC Regie.\n\nMet vriendelijke groet,\nHet projectteam Kansen voor Kinderen\n";
            mailer.send(Mail.withText(address, subject, body));
        }, () -> Log.debugf("No e-mail address for %s; receipt %s shown on screen only", event.submittedBy(),
                event.reference()));
    }
}
