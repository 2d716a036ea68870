package nl.ikcregie.organisation;

/** Category of an IKC in seed 003: A Plus-IKC, B regulier IKC, C kleine kern / dorp. */
public enum IkcCategory {
    PLUS("A. Plus-IKC"),
    REGULIER("B. Regulier IKC"),
    KLEINE_KERN("C. Kleine kern / dorp");

    private final String label;

    IkcCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
