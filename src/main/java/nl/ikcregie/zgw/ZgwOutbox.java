package nl.ikcregie.zgw;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import nl.ikcregie.application.ApplicationStatus;

/**
 * One registration to send to the zaaksysteem, written in the transaction of the change it registers.
 * The application's rows are sent in the order (batch, rank, id): a batch is one transaction's rows.
 */
@Entity
@Table(name = "zgw_outbox")
public class ZgwOutbox extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "application_id", nullable = false)
    public long applicationId;

    /** The id of the first row the same transaction wrote for this application. */
    @Column(name = "batch_id", nullable = false)
    public long batchId;

    @Column(name = "step_rank", nullable = false)
    public int rank;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public RegistrationKind kind;

    /** For a status (and a resultaat): the application's status and when it was set. */
    @Enumerated(EnumType.STRING)
    @Column(name = "application_status", length = 30)
    public ApplicationStatus applicationStatus;

    @Column(name = "status_at")
    public Instant statusAt;

    /** The decision (BESLUIT) or settlement (VASTSTELLING) registered. */
    @Column(name = "source_id")
    public Long sourceId;

    /** For DOCUMENTEN: which submission of the application (1 the first, 2 after the first completion, ...). */
    @Column(name = "sequence_number")
    public Integer sequenceNumber;

    /** For DOCUMENTEN: the application as submitted (PDF), kept until sent. */
    @Basic(fetch = FetchType.LAZY)
    @Column(columnDefinition = "LONGBLOB")
    public byte[] content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public RegistrationState state = RegistrationState.WACHTEND;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_attempt_at")
    public Instant lastAttemptAt;

    @Column(name = "last_error", columnDefinition = "TEXT")
    public String lastError;

    @Column(name = "claimed_by", length = 100)
    public String claimedBy;

    @Column(name = "claimed_until")
    public Instant claimedUntil;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    public String createdBy;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Version
    public long version;

    /** Whether the application's registration started (at its first submission with the registration on). */
    static boolean registered(long applicationId) {
        return count("applicationId", applicationId) > 0;
    }

    static long submissions(long applicationId) {
        return count("applicationId = ?1 and kind = ?2", applicationId, RegistrationKind.DOCUMENTEN);
    }

    /**
     * Rows that are due and first in line for their application (nothing of the same application before
     * them still unsent), and that no instance holds: the candidates to claim.
     */
    @SuppressWarnings("unchecked")
    static java.util.List<Long> dueIds(Instant now, int limit) {
        return ((java.util.List<Number>) getEntityManager().createNativeQuery("select o.id from zgw_outbox o "
                + "where o.state = 'WACHTEND' and o.next_attempt_at <= ?1 "
                + "and (o.claimed_until is null or o.claimed_until < ?1) "
                + "and not exists (select 1 from zgw_outbox p where p.application_id = o.application_id "
                + "and p.state <> 'VERZONDEN' and (p.batch_id < o.batch_id or (p.batch_id = o.batch_id "
                + "and (p.step_rank < o.step_rank or (p.step_rank = o.step_rank and p.id < o.id))))) "
                + "order by o.next_attempt_at, o.id limit " + limit).setParameter(1, now).getResultList())
                .stream().map(Number::longValue).toList();
    }

    /**
     * Takes a row for this instance until {@code until}, if it is still waiting and nobody holds it: one
     * conditional UPDATE, so of two instances at most one gets it (InnoDB re-reads the row under its lock).
     */
    static boolean claim(long id, String instance, Instant now, Instant until) {
        return getEntityManager().createNativeQuery("update zgw_outbox set claimed_by = ?1, claimed_until = ?2 "
                + "where id = ?3 and state = 'WACHTEND' and (claimed_until is null or claimed_until < ?4)")
                .setParameter(1, instance).setParameter(2, until).setParameter(3, id).setParameter(4, now)
                .executeUpdate() == 1;
    }

    /** Extends this instance's hold on the row; false when another instance took it over meanwhile. */
    static boolean extend(long id, String instance, Instant until) {
        return getEntityManager().createNativeQuery("update zgw_outbox set claimed_until = ?1 where id = ?2 "
                + "and claimed_by = ?3 and state = 'WACHTEND'").setParameter(1, until).setParameter(2, id)
                .setParameter(3, instance).executeUpdate() == 1;
    }

    /** What the row registers, in Dutch, for the beheerder's page. */
    public String description() {
        return switch (kind) {
            case STATUS -> "Status " + applicationStatus.label();
            case RESULTAAT -> "Resultaat bij " + applicationStatus.label();
            case DOCUMENTEN -> sequenceNumber != null && sequenceNumber > 1
                    ? "Aanvulling " + (sequenceNumber - 1) + " en bijlagen" : kind.label();
            default -> kind.label();
        };
    }
}
