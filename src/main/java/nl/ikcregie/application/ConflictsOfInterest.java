package nl.ikcregie.application;

/** Whether a commissielid declared a conflict of interest on an application; answered by the assessment feature. */
public interface ConflictsOfInterest {

    boolean declared(long applicationId, String username);
}
