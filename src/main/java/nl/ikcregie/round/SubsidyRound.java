package nl.ikcregie.round;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.ikcregie.shared.IllegalTransitionException;
import nl.ikcregie.shared.Money;

/** A yearly subsidieronde. Its money and rules are fixed once it opens; only logged corrections change them then. */
@Entity
@Table(name = "subsidy_round")
public class SubsidyRound extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(name = "budget_ceiling", nullable = false, precision = 12, scale = 2)
    public BigDecimal budgetCeiling;

    @Embedded
    public MaximumPerIkc maximum = MaximumPerIkc.fixed(new BigDecimal("50000.00"));

    @Column(name = "opens_at", nullable = false)
    public Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    public Instant closesAt;

    @Column(name = "decision_date", nullable = false)
    public LocalDate decisionDate;

    @Column(name = "decision_term_weeks", nullable = false)
    public int decisionTermWeeks = 8;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public RoundStatus status = RoundStatus.CONCEPT;

    @ElementCollection
    @CollectionTable(name = "round_criterion", joinColumns = @JoinColumn(name = "round_id"))
    @OrderColumn(name = "position")
    public List<AssessmentCriterion> criteria = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "round_priority_rule", joinColumns = @JoinColumn(name = "round_id"))
    @OrderColumn(name = "position")
    public List<PriorityRule> priorityRules = new ArrayList<>();

    @Version
    public long version;

    /** Money, dates and rules may be edited freely only while the round is a concept. */
    public boolean isEditable() {
        return status == RoundStatus.CONCEPT;
    }

    /** Applications are taken while the round is open and the server's clock is within its period. */
    public boolean acceptsApplicationsAt(Instant now) {
        return status == RoundStatus.OPEN && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    public void open(Instant now) {
        if (!now.isBefore(closesAt)) {
            throw new IllegalTransitionException("De sluitingsdatum van deze ronde is al voorbij; pas de data aan voordat u opent.");
        }
        moveTo(RoundStatus.OPEN);
    }

    /** Closing before the published closing moment needs a reason (it cuts applicants off). */
    public void close(Instant now, boolean reasonGiven) {
        if (now.isBefore(closesAt) && !reasonGiven) {
            throw new IllegalTransitionException("De ronde staat open tot de gepubliceerde sluiting; eerder sluiten kan "
                    + "alleen met een reden.");
        }
        moveTo(RoundStatus.GESLOTEN);
    }

    /** The projectleider established the advice for the college. */
    public void markAdvised() {
        moveTo(RoundStatus.GEADVISEERD);
    }

    /** The college decided on every application of the round. */
    public void markDecided() {
        moveTo(RoundStatus.BESLOTEN);
    }

    public boolean isBeforeClosing(Instant now) {
        return now.isBefore(closesAt);
    }

    void moveTo(RoundStatus target) {
        if (!status.canMoveTo(target)) {
            throw new IllegalTransitionException("Een ronde met status " + status.label() + " kan niet naar "
                    + target.label() + ".");
        }
        status = target;
    }

    /**
     * A correction of the ceiling after the round opened (Awb 4:27): the college may raise it; a
     * lowering is refused once applications are in, so that it never harms them.
     */
    public void correctCeiling(BigDecimal newCeiling, boolean applicationsSubmitted) {
        if (isEditable()) {
            throw new IllegalTransitionException("Een conceptronde wijzigt u gewoon; een correctie is voor een geopende ronde.");
        }
        if (status == RoundStatus.BESLOTEN || status == RoundStatus.AFGESLOTEN) {
            throw new IllegalTransitionException("Na het besluit van het college kan het plafond niet meer veranderen.");
        }
        if (newCeiling.compareTo(budgetCeiling) < 0 && applicationsSubmitted) {
            throw new IllegalTransitionException("Het plafond kan niet omlaag nu er aanvragen zijn ingediend: "
                    + "een verlaging mag ingediende aanvragen niet benadelen (Awb 4:27 lid 2).");
        }
        budgetCeiling = newCeiling;
    }

    public String ceilingText() {
        return Money.format(budgetCeiling);
    }

    public static List<SubsidyRound> listNewestFirst() {
        return list("order by year desc, id desc");
    }

    public static List<SubsidyRound> listPublishedNewestFirst() {
        return list("status <> ?1 order by year desc, id desc", RoundStatus.CONCEPT);
    }

    public static Optional<SubsidyRound> findByTitle(String title) {
        return find("title", title).firstResultOptional();
    }
}
