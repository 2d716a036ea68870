package nl.ikcregie.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** An inspanningsverplichting of the grant (copied when the report starts) and how far it was met. */
@Embeddable
public class ReportObligation {

    @Column(nullable = false, length = 1000)
    public String description;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public ObligationStatus status;

    @Column(length = 2000)
    public String explanation;

    public ReportObligation() {
    }

    public ReportObligation(String description, LocalDate dueOn) {
        this.description = description;
        this.dueOn = dueOn;
    }
}
