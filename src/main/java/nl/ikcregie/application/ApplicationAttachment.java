package nl.ikcregie.application;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.ikcregie.shared.db.StoredPdf;

/** A PDF attached to an application. */
@Entity
@Table(name = "application_attachment")
public class ApplicationAttachment extends StoredPdf {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id", nullable = false)
    public SubsidyApplication application;
}
