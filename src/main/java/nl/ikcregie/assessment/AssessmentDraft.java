package nl.ikcregie.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A member's assessment in progress: the form's fields as typed (JSON of {@link BeoordelingInvoer}).
 * Seen by no one else, counted nowhere; submitting turns it into an {@link Assessment} and removes it.
 */
@Entity
@Table(name = "assessment_draft")
public class AssessmentDraft extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "application_id", nullable = false)
    public Long applicationId;

    @Column(name = "member_username", nullable = false, length = 100)
    public String memberUsername;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String content;

    @Column(name = "saved_at", nullable = false)
    public Instant savedAt;

    @Version
    public long version;

    public static Optional<AssessmentDraft> byMember(long applicationId, String username) {
        return find("applicationId = ?1 and memberUsername = ?2", applicationId, username).firstResultOptional();
    }

    public static List<AssessmentDraft> byMember(String username, List<Long> applicationIds) {
        if (applicationIds.isEmpty()) {
            return List.of();
        }
        return list("memberUsername = ?1 and applicationId in ?2", username, applicationIds);
    }
}
