package nl.ikcregie.agreement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** The yearly evaluation of an agreement: what it found, and whether it led to an amendment. Never changed. */
@Entity
@Table(name = "agreement_evaluation")
public class AgreementEvaluation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agreement_id", nullable = false)
    public ResultAgreement agreement;

    @Column(name = "evaluation_year", nullable = false)
    public int year;

    @Column(name = "evaluated_version", nullable = false)
    public int evaluatedVersion;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String text;

    @Column(name = "leads_to_amendment", nullable = false)
    public boolean leadsToAmendment;

    @Column(name = "recorded_by", nullable = false, length = 100)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
