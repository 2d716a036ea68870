package nl.ikcregie.zgw;

/** Where a row of the outbox stands. */
public enum RegistrationState {
    /** To be sent (again), from {@code nextAttemptAt}. */
    WACHTEND("Wachtend"),
    /** Gave up after the maximum number of attempts; waits for the beheerder to try again. */
    MISLUKT("Mislukt"),
    /** Everything of this row is in the zaaksysteem. */
    VERZONDEN("Verzonden");

    private final String label;

    RegistrationState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
