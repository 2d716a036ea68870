package nl.ikcregie.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import nl.ikcregie.application.IntegrationLevel;

/** The Ontwikkelinstrument self-assessment again: the level on one criterion now, beside the level reported before. */
@Embeddable
public class ReportLevel {

    @Column(nullable = false)
    public int criterion;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_level", length = 20)
    public IntegrationLevel previousLevel;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public IntegrationLevel level;

    public ReportLevel() {
    }

    public ReportLevel(int criterion, IntegrationLevel previousLevel) {
        this.criterion = criterion;
        this.previousLevel = previousLevel;
    }

    /** The previous level as shown beside the question. */
    public String previousLabel() {
        return previousLevel == null ? "onbekend" : previousLevel.label();
    }
}
