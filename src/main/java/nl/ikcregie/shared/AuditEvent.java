package nl.ikcregie.shared;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One recorded change: who, when, what, from which state to which, and why. Never updated. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false, length = 100)
    public String actor;

    @Column(name = "entity_type", nullable = false, length = 50)
    public String entityType;

    @Column(name = "entity_id", nullable = false)
    public Long entityId;

    @Column(nullable = false, length = 50)
    public String action;

    @Column(name = "from_state", length = 50)
    public String fromState;

    @Column(name = "to_state", length = 50)
    public String toState;

    @Column(length = 2000)
    public String reason;

    @Column(columnDefinition = "TEXT")
    public String details;

    public static List<AuditEvent> history(String entityType, long entityId) {
        return list("entityType = ?1 and entityId = ?2 order by occurredAt desc, id desc", entityType, entityId);
    }
}
