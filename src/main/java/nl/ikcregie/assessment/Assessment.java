package nl.ikcregie.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.ikcregie.application.SubsidyApplication;

/** One commissielid's assessment of one application, submitted once, independently of the others. */
@Entity
@Table(name = "assessment")
public class Assessment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id", nullable = false)
    public SubsidyApplication application;

    @Column(name = "member_username", nullable = false, length = 100)
    public String memberUsername;

    @Column(name = "member_organisation_id")
    public Long memberOrganisationId;

    @Column(name = "proposed_amount", nullable = false, precision = 12, scale = 2)
    public BigDecimal proposedAmount;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @ElementCollection
    @CollectionTable(name = "assessment_score", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderBy("criterion")
    public List<Score> scores = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "assessment_obligation", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    public List<ProposedObligation> obligations = new ArrayList<>();

    @Version
    public long version;

    /** The score on the criterion at this position (1 = the first), or null. */
    public Score scoreOn(int criterion) {
        return scores.stream().filter(s -> s.criterion == criterion).findFirst().orElse(null);
    }

    /** The submitted assessments of these applications with their scores, in one query. */
    public static List<Assessment> forApplications(List<Long> applicationIds) {
        if (applicationIds.isEmpty()) {
            return List.of();
        }
        return find("select distinct a from Assessment a left join fetch a.scores where a.application.id in ?1 "
                + "order by a.submittedAt, a.id", applicationIds).list();
    }

    /** What one member submitted among these applications. */
    public static List<Assessment> byMember(String username, List<Long> applicationIds) {
        if (applicationIds.isEmpty()) {
            return List.of();
        }
        return list("memberUsername = ?1 and application.id in ?2", username, applicationIds);
    }

    public static List<Assessment> forApplication(long applicationId) {
        return list("application.id = ?1 order by submittedAt", applicationId);
    }

    public static Optional<Assessment> byMember(long applicationId, String username) {
        return find("application.id = ?1 and memberUsername = ?2", applicationId, username).firstResultOptional();
    }
}
