package nl.ikcregie.agreement;

/** A version of a result agreement: a concept until the three parties consent, then agreed for good. */
public enum AgreementStatus {
    CONCEPT("Concept"),
    AKKOORD("Akkoord");

    private final String label;

    AgreementStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
