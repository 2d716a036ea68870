package nl.ikcregie.application;

import jakarta.enterprise.context.ApplicationScoped;
import nl.ikcregie.round.SubmittedApplications;

/** Tells the round feature whether a round already received applications (for Awb 4:27). */
@ApplicationScoped
public class SubmittedApplicationsQuery implements SubmittedApplications {

    @Override
    public boolean anySubmitted(long roundId) {
        return SubsidyApplication.count("round.id = ?1 and status <> ?2", roundId, ApplicationStatus.CONCEPT) > 0;
    }
}
