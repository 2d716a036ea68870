package nl.ikcregie.designation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One of the eleven conditions of a predicaat: met or not yet, with the evidence and its PDFs. */
@Entity
@Table(name = "plus_designation_condition")
public class DesignationCondition extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "designation_id", nullable = false)
    public PlusDesignation designation;

    @Column(name = "condition_number", nullable = false)
    public int number;

    @Column(nullable = false)
    public boolean met;

    @Column(columnDefinition = "TEXT")
    public String evidence;

    @Column(name = "checked_by", length = 100)
    public String checkedBy;

    @Column(name = "checked_at")
    public Instant checkedAt;

    @OneToMany(mappedBy = "condition", cascade = CascadeType.ALL, orphanRemoval = true)
    @org.hibernate.annotations.BatchSize(size = 100)
    @OrderBy("uploadedAt, id")
    public List<DesignationAttachment> attachments = new ArrayList<>();

    public String text() {
        return PlusConditions.text(number);
    }

    public String shortName() {
        return PlusConditions.shortName(number);
    }

    public boolean isChecked() {
        return checkedAt != null;
    }
}
