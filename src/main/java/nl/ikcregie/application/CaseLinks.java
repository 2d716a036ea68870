package nl.ikcregie.application;

import java.util.Optional;

/**
 * Where an application lives in the municipality's zaaksysteem (the URL of its zaak, once registered);
 * answered by the ZGW registration, so that this feature does not depend on it.
 */
public interface CaseLinks {

    Optional<String> zaakUrl(long applicationId);
}
