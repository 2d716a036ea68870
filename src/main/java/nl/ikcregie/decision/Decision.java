package nl.ikcregie.decision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.ikcregie.application.SubsidyApplication;

/**
 * The college's decision on an application and the content of its letter (beschikking). Recorded
 * once and never changed: an upheld objection leads to a new decision that replaces this one.
 */
@Entity
@Table(name = "decision")
public class Decision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    public SubsidyApplication application;

    /** The letter's reference: the application's reference and the decision's number, e.g. KVK-2026-0001-B1. */
    @Column(nullable = false, length = 40, unique = true)
    public String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public DecisionOutcome outcome;

    @Column(name = "requested_amount", nullable = false, precision = 12, scale = 2)
    public BigDecimal requestedAmount;

    @Column(name = "advised_amount", precision = 12, scale = 2)
    public BigDecimal advisedAmount;

    @Column(name = "granted_amount", nullable = false, precision = 12, scale = 2)
    public BigDecimal grantedAmount;

    @Column(name = "deviation_reason", length = 2000)
    public String deviationReason;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String grounds;

    @Column(name = "decided_on", nullable = false)
    public LocalDate decidedOn;

    @Column(name = "sent_on", nullable = false)
    public LocalDate sentOn;

    /** The last day to request the settlement (Awb 4:44), set by a grant; none for a refusal. */
    @Column(name = "settlement_due")
    public LocalDate settlementDue;

    @Column(name = "recorded_by", nullable = false, length = 100)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "replaces_id")
    public Decision replaces;

    @Column(name = "is_current", nullable = false)
    public boolean inForce = true;

    @ElementCollection
    @CollectionTable(name = "decision_obligation", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderColumn(name = "position")
    public List<DecisionObligation> obligations = new ArrayList<>();

    /** The last day an objection is in time. */
    public LocalDate objectionPeriodEnd() {
        return ObjectionTerm.objectionPeriodEnd(sentOn);
    }

    public static List<Decision> forApplication(long applicationId) {
        return list("application.id = ?1 order by recordedAt desc, id desc", applicationId);
    }

    public static java.util.Optional<Decision> currentFor(long applicationId) {
        return find("application.id = ?1 and inForce = true", applicationId).firstResultOptional();
    }

    public static List<Decision> currentForRound(long roundId) {
        return list("select d from Decision d join fetch d.application a join fetch a.ikc "
                + "where a.round.id = ?1 and d.inForce = true", roundId);
    }

    public static long countForApplication(long applicationId) {
        return count("application.id", applicationId);
    }
}
