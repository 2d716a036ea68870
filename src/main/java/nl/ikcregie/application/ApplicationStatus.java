package nl.ikcregie.application;

import java.util.EnumSet;
import java.util.Set;

/** The statuses of an aanvraag (CONTRACT.md) and the moves each allows. */
public enum ApplicationStatus {
    CONCEPT("Concept"),
    INGEDIEND("Ingediend"),
    AANVULLING_GEVRAAGD("Aanvulling gevraagd"),
    ONTVANKELIJK("Ontvankelijk"),
    IN_BEOORDELING("In beoordeling"),
    GEADVISEERD("Geadviseerd"),
    TOEGEKEND("Toegekend"),
    DEELS_TOEGEKEND("Deels toegekend"),
    AFGEWEZEN("Afgewezen"),
    INGETROKKEN("Ingetrokken"),
    VASTGESTELD("Vastgesteld");

    private final String label;

    ApplicationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Set<ApplicationStatus> next() {
        return switch (this) {
            case CONCEPT -> EnumSet.of(INGEDIEND);
            case INGEDIEND -> EnumSet.of(ONTVANKELIJK, AANVULLING_GEVRAAGD, INGETROKKEN);
            case AANVULLING_GEVRAAGD -> EnumSet.of(INGEDIEND, ONTVANKELIJK, AFGEWEZEN, INGETROKKEN);
            case ONTVANKELIJK -> EnumSet.of(IN_BEOORDELING, INGETROKKEN);
            case IN_BEOORDELING -> EnumSet.of(GEADVISEERD, INGETROKKEN);
            case GEADVISEERD -> EnumSet.of(TOEGEKEND, DEELS_TOEGEKEND, AFGEWEZEN, INGETROKKEN);
            // a decision changes only after an upheld objection (Awb 7:11), or when the subsidy is settled
            case TOEGEKEND -> EnumSet.of(DEELS_TOEGEKEND, AFGEWEZEN, VASTGESTELD);
            case DEELS_TOEGEKEND -> EnumSet.of(TOEGEKEND, AFGEWEZEN, VASTGESTELD);
            case AFGEWEZEN -> EnumSet.of(TOEGEKEND, DEELS_TOEGEKEND);
            case INGETROKKEN, VASTGESTELD -> EnumSet.noneOf(ApplicationStatus.class);
        };
    }

    public boolean canMoveTo(ApplicationStatus target) {
        return next().contains(target);
    }

    public boolean canMoveTo(String target) {
        return canMoveTo(valueOf(target));
    }

    /** The applicant may change the content: a draft, or an application whose completion was requested. */
    public boolean isEditableByApplicant() {
        return this == CONCEPT || this == AANVULLING_GEVRAAGD;
    }

    /** Applications that take part of an IKC's yearly maximum (all but withdrawn and refused ones). */
    public boolean countsTowardsMaximum() {
        return this != INGETROKKEN && this != AFGEWEZEN;
    }

    /** The college decided on it (whatever the outcome). */
    public boolean isDecided() {
        return this == TOEGEKEND || this == DEELS_TOEGEKEND || this == AFGEWEZEN || this == VASTGESTELD;
    }

    /** Submitted: received by the municipality, whatever happened afterwards. */
    public boolean isSubmitted() {
        return this != CONCEPT;
    }
}
