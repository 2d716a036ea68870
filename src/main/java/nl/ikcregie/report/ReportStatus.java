package nl.ikcregie.report;

import java.util.EnumSet;
import java.util.Set;

/** The statuses of a yearly report and the moves each allows. */
public enum ReportStatus {
    CONCEPT("Concept"),
    INGEDIEND("Ingediend"),
    WIJZIGING_GEVRAAGD("Wijziging gevraagd"),
    GOEDGEKEURD("Goedgekeurd");

    private final String label;

    ReportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Set<ReportStatus> next() {
        return switch (this) {
            case CONCEPT, WIJZIGING_GEVRAAGD -> EnumSet.of(INGEDIEND);
            case INGEDIEND -> EnumSet.of(WIJZIGING_GEVRAAGD, GOEDGEKEURD);
            case GOEDGEKEURD -> EnumSet.noneOf(ReportStatus.class);
        };
    }

    public boolean canMoveTo(ReportStatus target) {
        return next().contains(target);
    }

    /** The IKC's school board may change the content: a draft, or a report sent back for changes. */
    public boolean isEditableByApplicant() {
        return this == CONCEPT || this == WIJZIGING_GEVRAAGD;
    }
}
