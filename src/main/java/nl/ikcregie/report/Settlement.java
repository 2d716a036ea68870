package nl.ikcregie.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import nl.ikcregie.application.SubsidyApplication;
import nl.ikcregie.decision.Decision;
import nl.ikcregie.decision.ObjectionTerm;

/**
 * The final settlement (vaststelling, Awb 4:42-4:47) of a grant from its approved yearly report:
 * the final amount, never above the grant, with the advances offset against it. Recorded once; the
 * application is VASTGESTELD.
 */
@Entity
@Table(name = "settlement")
public class Settlement extends PanacheEntityBase {

    /** What is reclaimed is paid back within six weeks of the letter. */
    public static final int REPAYMENT_WEEKS = 6;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", unique = true)
    public SubsidyApplication application;

    /** The grant being settled. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "decision_id")
    public Decision decision;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    public AnnualReport report;

    /** The letter's reference: the application's reference and V, e.g. KVK-2026-0001-V. */
    @Column(nullable = false, length = 40, unique = true)
    public String reference;

    @Column(name = "granted_amount", nullable = false, precision = 12, scale = 2)
    public BigDecimal grantedAmount;

    @Column(name = "spent_amount", nullable = false, precision = 12, scale = 2)
    public BigDecimal spentAmount;

    @Column(name = "final_amount", nullable = false, precision = 12, scale = 2)
    public BigDecimal finalAmount;

    @Column(name = "advances_paid", nullable = false, precision = 12, scale = 2)
    public BigDecimal advancesPaid;

    /** Too much paid in advances, to be paid back (Awb 4:57). */
    @Column(name = "reclaim_amount", nullable = false, precision = 12, scale = 2)
    public BigDecimal reclaimAmount;

    /** Still to be paid to the recipient. */
    @Column(name = "payment_amount", nullable = false, precision = 12, scale = 2)
    public BigDecimal paymentAmount;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String grounds;

    @Column(name = "settled_on", nullable = false)
    public LocalDate settledOn;

    @Column(name = "sent_on", nullable = false)
    public LocalDate sentOn;

    @Column(name = "recorded_by", nullable = false, length = 100)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** The last day an objection against the settlement is in time (Awb 6:7, 6:8). */
    public LocalDate objectionPeriodEnd() {
        return ObjectionTerm.objectionPeriodEnd(sentOn);
    }

    /** The last day to pay back what is reclaimed: six weeks after the letter was sent (Awb 4:57). */
    public LocalDate repaymentDue() {
        return sentOn.plusWeeks(REPAYMENT_WEEKS);
    }

    public static Optional<Settlement> findForApplication(long applicationId) {
        return find("application.id", applicationId).firstResultOptional();
    }

    public static Optional<Settlement> findForReport(long reportId) {
        return find("report.id", reportId).firstResultOptional();
    }
}
