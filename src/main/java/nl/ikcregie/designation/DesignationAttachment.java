package nl.ikcregie.designation;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.ikcregie.shared.db.StoredPdf;

/** A PDF that supports one condition of a Plus-IKC predicaat. */
@Entity
@Table(name = "plus_designation_attachment")
public class DesignationAttachment extends StoredPdf {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "condition_id", nullable = false)
    public DesignationCondition condition;
}
