package nl.ikcregie.assessment;

import java.util.Map;

/** Assessment bodies for tests of other packages (journeys, accessibility). */
public final class AssessmentFixtures {

    private AssessmentFixtures() {
    }

    /** A complete assessment of a {@link nl.ikcregie.ClosedRounds} round: the same score on its five criteria. */
    public static Map<String, Object> assessment(int score, String amount) {
        return AssessmentResourceTest.assessment(score, amount);
    }
}
