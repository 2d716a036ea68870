package nl.ikcregie.assessment;

import java.time.Instant;
import java.util.List;
import nl.ikcregie.application.SubsidyApplication;

/**
 * What a member sees when scoring an application: their submitted assessment (then everyone's
 * submitted assessments), or their draft as typed.
 */
public record Scoring(SubsidyApplication application, Assessment own, BeoordelingInvoer draft, Instant draftSavedAt,
        List<Scored> all) {

    public boolean isSubmitted() {
        return own != null;
    }
}
