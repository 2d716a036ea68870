package nl.ikcregie.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * The decision feature's door for the zaaksysteem registration: a recorded decision and its letter
 * (the same PDF every time: the decision never changes). System work without a caller.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DecisionLetterQuery {

    @Inject
    DecisionDocument document;

    public Optional<DecisionLetter> letter(long decisionId) {
        return Decision.<Decision>findByIdOptional(decisionId).map(d -> new DecisionLetter(d.id, d.application.id,
                d.reference, d.outcome, d.requestedAmount, d.grantedAmount, d.decidedOn, d.sentOn, d.objectionPeriodEnd(),
                d.replaces == null ? null : d.replaces.reference, DecisionDocument.filename(d)));
    }

    public byte[] pdf(long decisionId) {
        return document.pdf(Decision.findById(decisionId));
    }
}
