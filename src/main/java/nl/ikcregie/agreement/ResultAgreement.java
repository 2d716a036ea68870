package nl.ikcregie.agreement;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.ikcregie.organisation.Ikc;
import nl.ikcregie.organisation.Organisation;
import nl.ikcregie.shared.ConflictException;
import nl.ikcregie.shared.IllegalTransitionException;

/**
 * The result agreement of one Plus-IKC for a programme period, between the gemeente, the IKC's
 * school board and one of its childcare partners. Its content lives in versions; the newest is the
 * current one, agreed ones never change.
 */
@Entity
@Table(name = "result_agreement")
public class ResultAgreement extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "ikc_id", nullable = false)
    public Ikc ikc;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "municipality_id", nullable = false)
    public Organisation municipality;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "school_board_id", nullable = false)
    public Organisation schoolBoard;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "childcare_id", nullable = false)
    public Organisation childcare;

    @Column(name = "first_year", nullable = false)
    public int firstYear;

    @Column(name = "last_year", nullable = false)
    public int lastYear;

    @Column(name = "created_by", nullable = false, length = 100)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL)
    @OrderBy("number")
    public List<AgreementVersion> versions = new ArrayList<>();

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL)
    @OrderBy("year desc")
    public List<AgreementEvaluation> evaluations = new ArrayList<>();

    @Version
    public long version;

    private static final String WITH_PARTIES = "select a from ResultAgreement a join fetch a.ikc "
            + "join fetch a.municipality join fetch a.schoolBoard join fetch a.childcare ";

    public static List<ResultAgreement> listAll() {
        return find(WITH_PARTIES + "order by a.ikc.name, a.firstYear").list();
    }

    /** The agreements an organisation is a party to (as gemeente, school board or childcare organisation). */
    public static List<ResultAgreement> listForParty(long organisationId) {
        return find(WITH_PARTIES + "where a.municipality.id = ?1 or a.schoolBoard.id = ?1 or a.childcare.id = ?1 "
                + "order by a.ikc.name, a.firstYear", organisationId).list();
    }

    public static Optional<ResultAgreement> findWithParties(long id) {
        return find(WITH_PARTIES + "where a.id = ?1", id).singleResultOptional();
    }

    public static Optional<ResultAgreement> findForIkc(long ikcId, int firstYear) {
        return find("ikc.id = ?1 and firstYear = ?2", ikcId, firstYear).firstResultOptional();
    }

    public static List<Long> ikcIdsWithAgreement() {
        return find("select distinct a.ikc.id from ResultAgreement a").project(Long.class).list();
    }

    public AgreementVersion current() {
        return versions.get(versions.size() - 1);
    }

    public Optional<AgreementVersion> latestAgreed() {
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (versions.get(i).status == AgreementStatus.AKKOORD) {
                return Optional.of(versions.get(i));
            }
        }
        return Optional.empty();
    }

    public Optional<AgreementVersion> version(int number) {
        return versions.stream().filter(v -> v.number == number).findFirst();
    }

    public Organisation organisationOf(Party party) {
        return switch (party) {
            case GEMEENTE -> municipality;
            case ONDERWIJSKOEPEL -> schoolBoard;
            case KINDEROPVANG -> childcare;
        };
    }

    /** The party an organisation is in this agreement, if any. */
    public Optional<Party> partyOf(long organisationId) {
        for (Party party : Party.values()) {
            if (organisationOf(party).id == organisationId) {
                return Optional.of(party);
            }
        }
        return Optional.empty();
    }

    public boolean involves(long organisationId) {
        return partyOf(organisationId).isPresent();
    }

    public AgreementVersion startFirstVersion(String by, Instant at) {
        AgreementVersion first = new AgreementVersion();
        first.agreement = this;
        first.number = 1;
        first.createdBy = by;
        first.createdAt = at;
        versions.add(first);
        return first;
    }

    /**
     * An amendment: a new concept version that starts as a copy of the latest agreed one. Only one
     * concept at a time, and only when the caller based it on the newest version.
     */
    public AgreementVersion startAmendment(Integer basedOn, String reason, String by, Instant at) {
        AgreementVersion latest = current();
        if (basedOn != null && basedOn != latest.number) {
            throw new ConflictException("U ging uit van versie " + basedOn + ", maar de nieuwste versie is "
                    + latest.number + ". Bekijk die eerst.");
        }
        if (latest.status != AgreementStatus.AKKOORD) {
            throw new IllegalTransitionException("Versie " + latest.number + " is nog een concept; rond die eerst af "
                    + "voordat u een nieuwe wijziging start.");
        }
        AgreementVersion amendment = AgreementVersion.copyOf(latest, latest.number + 1, reason, by, at);
        amendment.agreement = this;
        versions.add(amendment);
        return amendment;
    }

    public String title() {
        return "Resultaatafspraak " + ikc.name + " " + firstYear + "-" + lastYear;
    }
}
