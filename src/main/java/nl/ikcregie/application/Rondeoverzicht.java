package nl.ikcregie.application;

import java.math.BigDecimal;
import java.util.Map;

/** The round overview as the JSON API shows it. */
public record Rondeoverzicht(Map<ApplicationStatus, Long> aantalPerStatus, BigDecimal subsidieplafond,
        BigDecimal aangevraagd, int percentageVanPlafond, BigDecimal aangevraagdInAandachtsgebieden,
        BigDecimal aangevraagdElders, int aandeelAandachtsgebiedenPercentage, long aantalInAandachtsgebieden,
        long aantalElders) {

    static Rondeoverzicht of(RoundOverview o) {
        return new Rondeoverzicht(o.perStatus(), o.ceiling(), o.requested(), o.requestedPercentOfCeiling(),
                o.requestedInPriorityAreas(), o.requestedElsewhere(), o.priorityAreaSharePercent(),
                o.applicationsInPriorityAreas(), o.applicationsElsewhere());
    }
}
