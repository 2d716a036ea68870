package nl.ikcregie.decision;

/** A decision was recorded; once committed its letter goes to the applicant. */
public record DecisionRecorded(long decisionId) {
}
