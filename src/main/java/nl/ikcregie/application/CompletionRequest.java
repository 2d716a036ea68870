package nl.ikcregie.application;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A request to complete an application (herstelverzuim, Awb 4:5) with its term; suspends the decision term. */
@Entity
@Table(name = "application_completion_request")
public class CompletionRequest extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id", nullable = false)
    public SubsidyApplication application;

    @Column(name = "requested_on", nullable = false)
    public LocalDate requestedOn;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(nullable = false, length = 4000)
    public String missing;

    @Column(name = "requested_by", nullable = false, length = 100)
    public String requestedBy;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    public DecisionTerm.Suspension asSuspension() {
        return new DecisionTerm.Suspension(requestedOn, dueOn, completedOn);
    }
}
