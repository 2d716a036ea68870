package nl.ikcregie.designation;

/** How a herijking of a Plus-IKC predicaat ends. */
public enum ReviewOutcome {
    VOORTZETTEN("Voortzetten"),
    AANPASSEN("Aanpassen"),
    BEEINDIGEN("Beëindigen");

    private final String label;

    ReviewOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
