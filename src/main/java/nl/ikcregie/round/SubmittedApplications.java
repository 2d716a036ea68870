package nl.ikcregie.round;

/** Whether a round has applications that were submitted; answered by the application feature. */
public interface SubmittedApplications {

    boolean anySubmitted(long roundId);
}
