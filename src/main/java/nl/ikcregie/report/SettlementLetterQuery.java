package nl.ikcregie.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * The settlement's door for the zaaksysteem registration: a recorded settlement and its letter (the
 * same PDF every time). System work without a caller.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SettlementLetterQuery {

    @Inject
    SettlementDocument document;

    public Optional<SettlementLetter> letter(long settlementId) {
        return Settlement.<Settlement>findByIdOptional(settlementId).map(s -> new SettlementLetter(s.id,
                s.application.id, s.reference, s.finalAmount, s.settledOn, s.sentOn, SettlementDocument.filename(s)));
    }

    public byte[] pdf(long settlementId) {
        return document.pdf(Settlement.findById(settlementId));
    }
}
