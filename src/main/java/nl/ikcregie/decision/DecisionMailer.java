package nl.ikcregie.decision;

import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.ikcregie.account.AccountService;
import nl.ikcregie.shared.Dates;
import nl.ikcregie.shared.Money;
import nl.ikcregie.shared.Roles;

/** The decision letter goes by e-mail to the school board's aanvragers once the decision is committed. */
@ApplicationScoped
public class DecisionMailer {

    @Inject
    Mailer mailer;

    @Inject
    AccountService accounts;

    @Inject
    DecisionDocument document;

    @Transactional
    void onRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) DecisionRecorded event) {
        Decision decision = Decision.findById(event.decisionId());
        List<String> addresses = accounts.emailsOf(Roles.AANVRAGER, decision.application.ikc.schoolBoard.id);
        if (addresses.isEmpty()) {
            Log.warnf("No aanvrager with an e-mail address at %s; letter %s only in IKC Regie",
                    decision.application.ikc.schoolBoard.name, decision.reference);
            return;
        }
        byte[] pdf = document.pdf(decision);
        String subject = "Besluit op uw aanvraag " + decision.application.reference + ": "
                + decision.outcome.label().toLowerCase();
        String body = "Beste aanvrager,\n\n"
                + "Het college van burgemeester en wethouders heeft op " + Dates.dutch(decision.decidedOn)
                + " besloten op uw aanvraag " + decision.application.reference + " voor " + decision.application.ikc.name
                + ".\n\nUitkomst: " + decision.outcome.label() + "\nToegekend: " + Money.format(decision.grantedAmount)
                + " (aangevraagd " + Money.format(decision.requestedAmount) + ")\n\n"
                + "De beschikking " + decision.reference + " zit als PDF bij dit bericht en staat ook bij uw aanvraag in "
                + "IKC Regie. Bent u het niet eens met het besluit, dan kunt u tot en met "
                + Dates.dutch(decision.objectionPeriodEnd()) + " bezwaar maken; hoe dat gaat, staat in de beschikking.\n\n"
                + "Met vriendelijke groet,\nHet projectteam Kansen voor Kinderen\n";
        for (String address : addresses) {
            mailer.send(Mail.withText(address, subject, body)
                    .addAttachment(DecisionDocument.filename(decision), pdf, "application/pdf"));
        }
    }
}
