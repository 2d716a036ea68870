package nl.ikcregie.designation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** One herijking of a predicaat: what was found (area, conditions), the outcome and why. Never changed. */
@Entity
@Table(name = "plus_designation_review")
public class DesignationReview extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "designation_id", nullable = false)
    public PlusDesignation designation;

    @Column(name = "reviewed_on", nullable = false)
    public LocalDate reviewedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ReviewOutcome outcome;

    @Column(nullable = false, length = 4000)
    public String reason;

    /** Whether the IKC's aandachtsgebied was valid on the review date. */
    @Column(name = "area_valid", nullable = false)
    public boolean areaValid;

    /** The numbers of the conditions not met at the review, comma-separated; null when all were met. */
    @Column(name = "unmet_conditions", length = 100)
    public String unmetConditions;

    @Column(name = "valid_until_before", nullable = false)
    public LocalDate validUntilBefore;

    @Column(name = "valid_until_after", nullable = false)
    public LocalDate validUntilAfter;

    @Column(name = "next_review_on")
    public LocalDate nextReviewOn;

    @Column(name = "recorded_by", nullable = false, length = 100)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public List<Integer> unmet() {
        return unmetConditions == null ? List.of()
                : Arrays.stream(unmetConditions.split(",")).map(Integer::valueOf).toList();
    }
}
