package nl.ikcregie.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import nl.ikcregie.application.ConflictsOfInterest;

/** Answers the application feature: did this member declare a conflict of interest? */
@ApplicationScoped
public class ConflictsOfInterestQuery implements ConflictsOfInterest {

    @Override
    public boolean declared(long applicationId, String username) {
        return ConflictDeclaration.findByIdOptional(new ConflictDeclaration.Key(applicationId, username)).isPresent();
    }
}
