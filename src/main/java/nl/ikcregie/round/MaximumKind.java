package nl.ikcregie.round;

/** How a round sets the maximum per IKC per year. */
public enum MaximumKind {
    /** One amount for every IKC (EUR 50,000 in the seeds). */
    VAST,
    /** A base amount plus an amount per child aged 2 and over on a count date. */
    FORMULE
}
