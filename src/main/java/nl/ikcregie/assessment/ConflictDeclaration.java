package nl.ikcregie.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A member's declared conflict of interest on an application. */
@Entity
@Table(name = "conflict_declaration")
public class ConflictDeclaration extends PanacheEntityBase {

    /** Application and member. */
    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "application_id")
        public long applicationId;

        @Column(name = "member_username", length = 100)
        public String memberUsername;

        public Key() {
        }

        public Key(long applicationId, String memberUsername) {
            this.applicationId = applicationId;
            this.memberUsername = memberUsername;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.applicationId == applicationId && Objects.equals(k.memberUsername, memberUsername);
        }

        @Override
        public int hashCode() {
            return Objects.hash(applicationId, memberUsername);
        }
    }

    @EmbeddedId
    public Key key;

    @Column(name = "declared_at", nullable = false)
    public Instant declaredAt;

    @Column(nullable = false, length = 2000)
    public String reason;

    /** The declarations on these applications, in one query. */
    public static java.util.List<ConflictDeclaration> forApplications(java.util.List<Long> applicationIds) {
        if (applicationIds.isEmpty()) {
            return java.util.List.of();
        }
        return list("key.applicationId in ?1", applicationIds);
    }
}
