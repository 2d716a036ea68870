package nl.ikcregie.designation;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a Plus-IKC predicaat. VOORGESTELD: proposed, its eleven conditions being checked;
 * TOEGEKEND: granted for four years (reviewed at the herijking); AFGEWEZEN: the proposal was
 * refused; INGETROKKEN: the proposal was withdrawn before a decision; BEEINDIGD: a granted
 * predicaat was ended (after a review or otherwise). The last three are final; their history stays.
 */
public enum DesignationStatus {
    VOORGESTELD("Voorgesteld"),
    TOEGEKEND("Toegekend"),
    AFGEWEZEN("Afgewezen"),
    INGETROKKEN("Ingetrokken"),
    BEEINDIGD("Beëindigd");

    private final String label;

    DesignationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The table of allowed moves. */
    public Set<DesignationStatus> next() {
        return switch (this) {
            case VOORGESTELD -> EnumSet.of(TOEGEKEND, AFGEWEZEN, INGETROKKEN);
            case TOEGEKEND -> EnumSet.of(BEEINDIGD);
            default -> EnumSet.noneOf(DesignationStatus.class);
        };
    }

    public boolean canMoveTo(DesignationStatus target) {
        return next().contains(target);
    }

    /** A proposal under way or a granted predicaat: an IKC has at most one at a time. */
    public boolean isActive() {
        return this == VOORGESTELD || this == TOEGEKEND;
    }
}
