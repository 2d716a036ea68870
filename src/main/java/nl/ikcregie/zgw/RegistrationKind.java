package nl.ikcregie.zgw;

/** What one row of the outbox registers, in the order the steps of one transaction are sent (the rank). */
public enum RegistrationKind {
    /** The zaak and the school board as its initiator. */
    ZAAK("Zaak en initiator"),
    /** A status of the zaak (the rank of a final status is {@link #FINAL_RANK}). */
    STATUS("Status"),
    /** The application as submitted (PDF) and its attachments, as documents of the zaak. */
    DOCUMENTEN("Aanvraag en bijlagen"),
    /** The college's decision as besluit, with its letter as document of the zaak and of the besluit. */
    BESLUIT("Besluit en beschikking"),
    /** The settlement letter as document of the zaak. */
    VASTSTELLING("Vaststellingsbeschikking"),
    /** The resultaat of the zaak. */
    RESULTAAT("Resultaat");

    /** A final status closes the zaak in the zaaksysteem: after the documents, the besluit and the resultaat. */
    static final int FINAL_RANK = 6;

    private final String label;

    RegistrationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Within one transaction: the zaak first, then a (reopening) status, documents, besluit, resultaat. */
    int rank() {
        return switch (this) {
            case ZAAK -> 0;
            case STATUS -> 1;
            case DOCUMENTEN, VASTSTELLING -> 2;
            case BESLUIT -> 3;
            case RESULTAAT -> 5;
        };
    }
}
