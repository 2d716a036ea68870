package nl.ikcregie.zgw;

/** Our keys of the objects in the zaaksysteem, one per object (see {@link ZgwObject}). */
final class ObjectKeys {

    static final String ZAAK = "zaak";
    static final String INITIATOR = "rol:initiator";
    static final String RESULTAAT = "resultaat";

    private ObjectKeys() {
    }

    /** The status that a row of the outbox registers. */
    static String status(long outboxId) {
        return "status:" + outboxId;
    }

    /** The application as submitted the n-th time. */
    static String submission(int sequenceNumber) {
        return "aanvraag-" + sequenceNumber;
    }

    static String attachment(long attachmentId) {
        return "bijlage-" + attachmentId;
    }

    static String decisionLetter(long decisionId) {
        return "beschikking-" + decisionId;
    }

    static String settlementLetter(long settlementId) {
        return "vaststelling-" + settlementId;
    }

    /** The enkelvoudiginformatieobject of one of our documents. */
    static String document(String document) {
        return "document:" + document;
    }

    /** The link of one of our documents to the zaak. */
    static String zaakDocument(String document) {
        return "zaakinformatieobject:" + document;
    }

    static String besluit(long decisionId) {
        return "besluit:" + decisionId;
    }

    static String besluitDocument(long decisionId) {
        return "besluitinformatieobject:" + decisionId;
    }
}
