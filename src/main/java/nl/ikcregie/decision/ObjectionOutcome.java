package nl.ikcregie.decision;

/** How an objection ends (Awb 7:11): upheld leads to a new decision. */
public enum ObjectionOutcome {
    GEGROND("Gegrond"),
    ONGEGROND("Ongegrond"),
    NIET_ONTVANKELIJK("Niet-ontvankelijk"),
    INGETROKKEN("Ingetrokken");

    private final String label;

    ObjectionOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
