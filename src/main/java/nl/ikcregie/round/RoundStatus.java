package nl.ikcregie.round;

import java.util.EnumSet;
import java.util.Set;

/** The life of a subsidieronde and the moves it allows. */
public enum RoundStatus {
    CONCEPT("Concept"),
    OPEN("Open"),
    GESLOTEN("Gesloten"),
    GEADVISEERD("Geadviseerd"),
    BESLOTEN("Besloten"),
    AFGESLOTEN("Afgesloten");

    private final String label;

    RoundStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Set<RoundStatus> next() {
        return switch (this) {
            case CONCEPT -> EnumSet.of(OPEN);
            case OPEN -> EnumSet.of(GESLOTEN);
            case GESLOTEN -> EnumSet.of(GEADVISEERD);
            case GEADVISEERD -> EnumSet.of(BESLOTEN);
            case BESLOTEN -> EnumSet.of(AFGESLOTEN);
            case AFGESLOTEN -> EnumSet.noneOf(RoundStatus.class);
        };
    }

    public boolean canMoveTo(RoundStatus target) {
        return next().contains(target);
    }
}
