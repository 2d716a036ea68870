package nl.ikcregie.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** An inspanningsverplichting in a decision: what must improve, by when, and when it was met. */
@Embeddable
public class DecisionObligation {

    @Column(nullable = false, length = 1000)
    public String description;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(name = "fulfilled_on")
    public LocalDate fulfilledOn;

    public DecisionObligation() {
    }

    public DecisionObligation(String description, LocalDate dueOn) {
        this.description = description;
        this.dueOn = dueOn;
    }
}
