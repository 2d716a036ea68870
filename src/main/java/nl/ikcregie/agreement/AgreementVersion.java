package nl.ikcregie.agreement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import nl.ikcregie.shared.ConflictException;
import nl.ikcregie.shared.IllegalTransitionException;

/**
 * One version of a result agreement. A concept can be edited (which voids consents already given:
 * the parties agreed to other content); when the third party consents it is agreed and never changes.
 */
@Entity
@Table(name = "agreement_version")
public class AgreementVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agreement_id", nullable = false)
    public ResultAgreement agreement;

    @Column(nullable = false)
    public int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public AgreementStatus status = AgreementStatus.CONCEPT;

    @Column(name = "amendment_reason", length = 2000)
    public String amendmentReason;

    @Column(name = "data_analysis", columnDefinition = "TEXT")
    public String dataAnalysis;

    @Column(columnDefinition = "TEXT")
    public String steering;

    @Column(columnDefinition = "TEXT")
    public String functiehuis;

    @Column(name = "organisation_of_care", columnDefinition = "TEXT")
    public String organisationOfCare;

    @Column(name = "created_by", nullable = false, length = 100)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "agreed_at")
    public Instant agreedAt;

    @OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<AgreementGoal> goals = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "agreement_contribution", joinColumns = @JoinColumn(name = "version_id"))
    public List<ContributionLine> contributions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "agreement_staffing", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    public List<StaffingLine> staffing = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "agreement_consent", joinColumns = @JoinColumn(name = "version_id"))
    @OrderBy("consentedAt")
    public List<Consent> consents = new ArrayList<>();

    /** Raised by every change of a concept; a change based on an older revision is a conflict. */
    @Version
    @Column(name = "version", nullable = false)
    public long revision;

    public boolean isConcept() {
        return status == AgreementStatus.CONCEPT;
    }

    public Optional<Consent> consentOf(Party party) {
        return consents.stream().filter(c -> c.party == party).findFirst();
    }

    /** The parties whose consent is still missing, in the order of {@link Party}. */
    public Set<Party> missingConsents() {
        Set<Party> missing = EnumSet.allOf(Party.class);
        consents.forEach(c -> missing.remove(c.party));
        return missing;
    }

    /**
     * Replaces the content of a concept. Consents given so far lapse when anything changed: they were
     * given to other content. Answers whether consents lapsed.
     */
    public boolean replaceContent(AgreementContent content) {
        requireConcept();
        if (content().equals(content)) {
            return false;
        }
        AgreementContent.Texts texts = content.texts();
        dataAnalysis = texts.dataAnalysis();
        steering = texts.steering();
        functiehuis = texts.functiehuis();
        organisationOfCare = texts.organisation();
        goals.clear();
        for (AgreementContent.Goal g : content.goals()) {
            goals.add(AgreementGoal.of(this, goals.size(), g));
        }
        contributions.clear();
        content.contributions().forEach(c -> contributions.add(ContributionLine.of(c)));
        staffing.clear();
        content.staffing().forEach(s -> staffing.add(StaffingLine.of(s)));
        boolean lapsed = !consents.isEmpty();
        consents.clear();
        return lapsed;
    }

    /** Records a party's consent; the third one makes the version agreed. Answers whether it is now agreed. */
    public boolean consent(Party party, String username, String name, Instant at) {
        requireConcept();
        if (consentOf(party).isPresent()) {
            throw new ConflictException("Namens " + party.label().toLowerCase() + " is al ingestemd met versie "
                    + number + ".");
        }
        Consent consent = new Consent();
        consent.party = party;
        consent.consentedBy = username;
        consent.consentedByName = name;
        consent.consentedAt = at;
        consents.add(consent);
        if (missingConsents().isEmpty()) {
            status = AgreementStatus.AKKOORD;
            agreedAt = at;
            return true;
        }
        return false;
    }

    private void requireConcept() {
        if (status != AgreementStatus.CONCEPT) {
            throw new IllegalTransitionException("Versie " + number + " is door alle partijen akkoord bevonden en "
                    + "verandert niet meer. Start een wijziging om een nieuwe versie te maken.");
        }
    }

    /** A new concept version with the content of {@code agreed}. */
    static AgreementVersion copyOf(AgreementVersion agreed, int number, String reason, String by, Instant at) {
        AgreementVersion copy = new AgreementVersion();
        copy.number = number;
        copy.amendmentReason = reason;
        copy.createdBy = by;
        copy.createdAt = at;
        copy.replaceContent(agreed.content());
        return copy;
    }

    /** The content as plain values, for totals, differences and the API. */
    public AgreementContent content() {
        List<AgreementContent.Goal> g = goals.stream().map(AgreementGoal::toValue).toList();
        List<AgreementContent.Contribution> c = contributions.stream().map(ContributionLine::toValue).toList();
        List<AgreementContent.Staffing> s = staffing.stream().map(StaffingLine::toValue).toList();
        return new AgreementContent(g, c, s,
                new AgreementContent.Texts(dataAnalysis, steering, functiehuis, organisationOfCare));
    }

    /** A contribution of one party from one source in one year. */
    @Embeddable
    public static class ContributionLine {
        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 20)
        public Party party;

        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 20)
        public FundingSource source;

        @Column(name = "contribution_year", nullable = false)
        public int year;

        @Column(nullable = false, precision = 12, scale = 2)
        public BigDecimal amount;

        static ContributionLine of(AgreementContent.Contribution c) {
            ContributionLine line = new ContributionLine();
            line.party = c.party();
            line.source = c.source();
            line.year = c.year();
            line.amount = c.amount().setScale(2);
            return line;
        }

        AgreementContent.Contribution toValue() {
            return new AgreementContent.Contribution(party, source, year, amount.setScale(2));
        }
    }

    /** A staffing line: who is paid for, how many hours, which years, funded by whom from what. */
    @Embeddable
    public static class StaffingLine {
        @Enumerated(EnumType.STRING)
        @Column(name = "staff_role", nullable = false, length = 30)
        public StaffRole role;

        @Column(name = "hours_per_week", nullable = false, precision = 5, scale = 2)
        public BigDecimal hoursPerWeek;

        @Enumerated(EnumType.STRING)
        @Column(name = "funded_by", nullable = false, length = 20)
        public Party fundedBy;

        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 20)
        public FundingSource source;

        @Column(name = "first_year", nullable = false)
        public int firstYear;

        @Column(name = "last_year", nullable = false)
        public int lastYear;

        @Column(length = 500)
        public String note;

        static StaffingLine of(AgreementContent.Staffing s) {
            StaffingLine line = new StaffingLine();
            line.role = s.role();
            line.hoursPerWeek = s.hoursPerWeek().setScale(2);
            line.fundedBy = s.fundedBy();
            line.source = s.source();
            line.firstYear = s.firstYear();
            line.lastYear = s.lastYear();
            line.note = s.note();
            return line;
        }

        AgreementContent.Staffing toValue() {
            return new AgreementContent.Staffing(role, hoursPerWeek.setScale(2), fundedBy, source, firstYear, lastYear,
                    note);
        }
    }

    /** A party's consent to this version: who gave it (account and name) and when. */
    @Embeddable
    public static class Consent {
        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 20)
        public Party party;

        @Column(name = "consented_by", nullable = false, length = 100)
        public String consentedBy;

        @Column(name = "consented_by_name", nullable = false, length = 200)
        public String consentedByName;

        @Column(name = "consented_at", nullable = false)
        public Instant consentedAt;
    }

    static TreeMap<Integer, BigDecimal> scaled(java.util.Map<Integer, BigDecimal> targets) {
        TreeMap<Integer, BigDecimal> map = new TreeMap<>();
        targets.forEach((year, value) -> map.put(year, value.setScale(2)));
        return map;
    }
}
