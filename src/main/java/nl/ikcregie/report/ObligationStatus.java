package nl.ikcregie.report;

/** How far an inspanningsverplichting was met, as the IKC reports it. */
public enum ObligationStatus {
    NAGEKOMEN("Nagekomen"),
    DEELS_NAGEKOMEN("Deels nagekomen"),
    NIET_NAGEKOMEN("Niet nagekomen");

    private final String label;

    ObligationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
