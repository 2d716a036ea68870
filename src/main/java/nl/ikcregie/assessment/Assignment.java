package nl.ikcregie.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The projectleider's explicit choice of the commissieleden who assess one application. Without one,
 * every commissielid without a conflict of interest assesses it.
 */
@Entity
@Table(name = "assessment_assignment")
public class Assignment extends PanacheEntityBase {

    @Id
    @Column(name = "application_id")
    public Long applicationId;

    @ElementCollection
    @CollectionTable(name = "assessment_assignment_member", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "member_username", nullable = false, length = 100)
    public Set<String> members = new LinkedHashSet<>();

    @Column(name = "assigned_at", nullable = false)
    public Instant assignedAt;

    @Column(name = "assigned_by", nullable = false, length = 100)
    public String assignedBy;

    @Version
    public long version;

    /** The explicit assignments of these applications, with their members, in one query. */
    public static List<Assignment> forApplications(List<Long> applicationIds) {
        if (applicationIds.isEmpty()) {
            return List.of();
        }
        return find("select distinct a from Assignment a left join fetch a.members where a.applicationId in ?1",
                applicationIds).list();
    }
}
