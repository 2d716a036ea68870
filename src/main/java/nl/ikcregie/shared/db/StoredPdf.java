package nl.ikcregie.shared.db;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * A stored PDF (checked by {@link nl.ikcregie.shared.PdfUpload}): name, size, who uploaded it and
 * when. The content is only read when someone downloads it. Each feature's attachment adds what it
 * belongs to.
 */
@MappedSuperclass
public abstract class StoredPdf extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 255)
    public String filename;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "LONGBLOB")
    public byte[] content;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    public String uploadedBy;
}
