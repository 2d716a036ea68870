package nl.ikcregie.assessment;

import java.math.BigDecimal;

/** A submitted assessment with its member's name and weighted score, as the pages show it. */
public record Scored(Assessment assessment, String member, BigDecimal weighted) {

    public Score scoreOn(int criterion) {
        return assessment.scoreOn(criterion);
    }
}
