package nl.ikcregie.shared;

/**
 * The years a round, a report, an agreement's targets or the monitoring may concern: a plausibility
 * bound on typed years (a typo such as 20266 or 1026 is refused), one place for every form and API.
 */
public final class Years {

    public static final int FIRST = 2000;

    public static final int LAST = 2199;

    private Years() {
    }
}
