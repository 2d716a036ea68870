package nl.ikcregie.decision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An objection (bezwaar) against a decision, its term and its outcome. */
@Entity
@Table(name = "objection")
public class Objection extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "decision_id")
    public Decision decision;

    @Column(name = "received_on", nullable = false)
    public LocalDate receivedOn;

    @Column(nullable = false, length = 300)
    public String objector;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String summary;

    @Column(name = "advisory_committee", nullable = false)
    public boolean advisoryCommittee;

    @Column(name = "extension_weeks", nullable = false)
    public int extensionWeeks;

    @Column(name = "extension_reason", length = 2000)
    public String extensionReason;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public ObjectionOutcome outcome;

    @Column(name = "outcome_on")
    public LocalDate outcomeOn;

    @Column(name = "outcome_reason", columnDefinition = "TEXT")
    public String outcomeReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "new_decision_id")
    public Decision newDecision;

    @Column(name = "registered_by", nullable = false, length = 100)
    public String registeredBy;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    @Version
    public long version;

    public boolean isOpen() {
        return outcome == null;
    }

    public boolean inTime() {
        return ObjectionTerm.inTime(decision.sentOn, receivedOn);
    }

    /** The date by which the college decides on it. */
    public LocalDate deadline() {
        return ObjectionTerm.decisionDeadline(decision.sentOn, receivedOn, advisoryCommittee, extensionWeeks);
    }

    public static List<Objection> forApplication(long applicationId) {
        return list("decision.application.id = ?1 order by receivedOn desc, id desc", applicationId);
    }

    public static List<Objection> listOpen() {
        return list("select o from Objection o join fetch o.decision d join fetch d.application a join fetch a.ikc "
                + "where o.outcome is null");
    }
}
