package nl.ikcregie.zgw;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import nl.ikcregie.application.CaseLinks;

/** Answers the application's page: the URL of its zaak, once the zaaksysteem has it. */
@ApplicationScoped
public class ZaakLinks implements CaseLinks {

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> zaakUrl(long applicationId) {
        return ZgwObject.url(applicationId, ObjectKeys.ZAAK);
    }
}
