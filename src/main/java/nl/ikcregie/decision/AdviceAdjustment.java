package nl.ikcregie.decision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** The projectleider's own amount for an application in the advice, with the reason for it. */
@Entity
@Table(name = "advice_adjustment")
public class AdviceAdjustment extends PanacheEntityBase {

    @Id
    @Column(name = "application_id")
    public Long applicationId;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal amount;

    @Column(nullable = false, length = 2000)
    public String reason;

    @Column(name = "adjusted_by", nullable = false, length = 100)
    public String adjustedBy;

    @Column(name = "adjusted_at", nullable = false)
    public Instant adjustedAt;
}
