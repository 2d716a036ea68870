package nl.ikcregie.decision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The advice as the projectleider established it for the college: frozen, so the college decides on what it read. */
@Entity
@Table(name = "advice")
public class EstablishedAdvice extends PanacheEntityBase {

    @Id
    @Column(name = "round_id")
    public Long roundId;

    @Column(name = "established_by", nullable = false, length = 100)
    public String establishedBy;

    @Column(name = "established_at", nullable = false)
    public Instant establishedAt;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal total;

    @ElementCollection
    @CollectionTable(name = "advice_line", joinColumns = @JoinColumn(name = "round_id"))
    @OrderBy("rank")
    public List<AdviceLine> lines = new ArrayList<>();

    public java.util.Optional<AdviceLine> line(long applicationId) {
        return lines.stream().filter(l -> l.applicationId == applicationId).findFirst();
    }
}
