package nl.ikcregie.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The commissie's agreed assessment of one application, which the advice uses. */
@Entity
@Table(name = "consensus")
public class Consensus extends PanacheEntityBase {

    @Id
    @Column(name = "application_id")
    public Long applicationId;

    @Column(name = "final_score", nullable = false, precision = 4, scale = 2)
    public BigDecimal finalScore;

    @Column(name = "recommended_amount", nullable = false, precision = 12, scale = 2)
    public BigDecimal recommendedAmount;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String motivation;

    @Column(name = "recorded_by", nullable = false, length = 100)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @ElementCollection
    @CollectionTable(name = "consensus_obligation", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    public List<ProposedObligation> obligations = new ArrayList<>();

    @Version
    public long version;
}
