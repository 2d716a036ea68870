package nl.ikcregie.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The current and the ambition level on one criterion of the Ontwikkelinstrument. */
@Embeddable
public class SelfAssessmentEntry {

    @Column(nullable = false)
    public int criterion;

    @Enumerated(EnumType.STRING)
    @Column(name = "current_level", length = 20)
    public IntegrationLevel currentLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "ambition_level", length = 20)
    public IntegrationLevel ambitionLevel;

    public SelfAssessmentEntry() {
    }

    public SelfAssessmentEntry(int criterion, IntegrationLevel currentLevel, IntegrationLevel ambitionLevel) {
        this.criterion = criterion;
        this.currentLevel = currentLevel;
        this.ambitionLevel = ambitionLevel;
    }

    public boolean isComplete() {
        return currentLevel != null && ambitionLevel != null;
    }
}
