package nl.ikcregie.report;

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

/** The settlement letter goes by e-mail to the school board's aanvragers once the settlement is committed. */
@ApplicationScoped
public class SettlementMailer {

    @Inject
    Mailer mailer;

    @Inject
    AccountService accounts;

    @Inject
    SettlementDocument document;

    @Transactional
    void onRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) SettlementRecorded event) {
        Settlement settlement = Settlement.findById(event.settlementId());
        List<String> addresses = accounts.emailsOf(Roles.AANVRAGER, settlement.report.schoolBoard.id);
        if (addresses.isEmpty()) {
            Log.warnf("No aanvrager with an e-mail address at %s; letter %s only in IKC Regie",
                    settlement.report.schoolBoard.name, settlement.reference);
            return;
        }
        byte[] pdf = document.pdf(settlement);
        String subject = "Vaststelling van uw subsidie " + settlement.application.reference + ": "
                + Money.format(settlement.finalAmount);
        StringBuilder body = new StringBuilder("Beste aanvrager,\n\n")
                .append("Op basis van uw jaarrapportage over ").append(settlement.report.year)
                .append(" is de subsidie voor ").append(settlement.application.ikc.name).append(" op ")
                .append(Dates.dutch(settlement.settledOn)).append(" vastgesteld.\n\nVerleend: ")
                .append(Money.format(settlement.grantedAmount)).append("\nVastgesteld: ")
                .append(Money.format(settlement.finalAmount)).append("\n");
        if (settlement.reclaimAmount.signum() > 0) {
            body.append("Terug te betalen: ").append(Money.format(settlement.reclaimAmount)).append(", uiterlijk ")
                    .append(Dates.dutch(settlement.repaymentDue())).append("\n");
        } else if (settlement.paymentAmount.signum() > 0) {
            body.append("Nog aan u te betalen: ").append(Money.format(settlement.paymentAmount)).append("\n");
        }
        body.append("\nDe vaststellingsbeschikking ").append(settlement.reference)
                .append(" zit als PDF bij dit bericht en staat ook in IKC Regie. Bent u het niet eens met de vaststelling, "
                        + "dan kunt u tot en met ")
                .append(Dates.dutch(settlement.objectionPeriodEnd()))
                .append(" bezwaar maken; hoe dat gaat, staat in de beschikking.\n\n"
                        + "Met vriendelijke groet,\nHet projectteam Kansen voor Kinderen\n");
        for (String address : addresses) {
            mailer.send(Mail.withText(address, subject, body.toString())
                    .addAttachment(SettlementDocument.filename(settlement), pdf, "application/pdf"));
        }
    }
}
