package nl.ikcregie.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** An inspanningsverplichting a member proposes: what must improve, and by when. */
@Embeddable
public class ProposedObligation {

    @Column(nullable = false, length = 1000)
    public String description;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    public ProposedObligation() {
    }

    public ProposedObligation(String description, LocalDate dueOn) {
        this.description = description;
        this.dueOn = dueOn;
    }
}
