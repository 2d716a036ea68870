package nl.ikcregie.organisation;

import java.time.LocalDate;

/**
 * Fired (synchronously, in the changing transaction) when an aandachtsgebied's validity changes,
 * e.g. after the two-yearly herijking; features that depend on an area's validity observe it.
 */
public record PriorityAreaChanged(long areaId, String areaName, LocalDate validFromBefore, LocalDate validFromAfter,
        LocalDate validUntilBefore, LocalDate validUntilAfter) {

    /** A person-readable summary of what changed, for the records of those who observe it. */
    public String summary() {
        return "Aandachtsgebied " + areaName + " is nu geldig van " + nl.ikcregie.shared.Dates.dutch(validFromAfter)
                + " tot en met " + nl.ikcregie.shared.Dates.dutch(validUntilAfter) + " (was "
                + nl.ikcregie.shared.Dates.dutch(validFromBefore) + " tot en met "
                + nl.ikcregie.shared.Dates.dutch(validUntilBefore) + ")";
    }
}
