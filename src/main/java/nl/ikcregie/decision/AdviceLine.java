package nl.ikcregie.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One application in an established advice. */
@Embeddable
public class AdviceLine {

    @Column(name = "application_id", nullable = false)
    public long applicationId;

    @Column(name = "ranking", nullable = false)
    public int rank;

    @Column(name = "weighted_score", nullable = false, precision = 4, scale = 2)
    public BigDecimal weightedScore;

    @Column(name = "assessment_count", nullable = false)
    public int assessmentCount;

    @Column(name = "requested_amount", nullable = false, precision = 12, scale = 2)
    public BigDecimal requestedAmount;

    /** What the allocation gave. */
    @Column(name = "allocated_amount", nullable = false, precision = 12, scale = 2)
    public BigDecimal allocatedAmount;

    /** What the advice proposes: the allocation, or the projectleider's adjustment. */
    @Column(name = "advised_amount", nullable = false, precision = 12, scale = 2)
    public BigDecimal advisedAmount;

    @Column(nullable = false, length = 2000)
    public String explanation;

    @Column(name = "adjustment_reason", length = 2000)
    public String adjustmentReason;
}
