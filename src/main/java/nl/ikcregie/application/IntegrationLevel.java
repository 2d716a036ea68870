package nl.ikcregie.application;

/** The five levels of integration of the Ontwikkelinstrument IKC (seed 000), from apart to one. */
public enum IntegrationLevel {
    BACK_TO_BACK("Back to back"),
    FACE_TO_FACE("Face to face"),
    HAND_IN_HAND("Hand in hand"),
    CHEEK_TO_CHEEK("Cheek to cheek"),
    INTEGRAAL("Integraal");

    private final String label;

    IntegrationLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
