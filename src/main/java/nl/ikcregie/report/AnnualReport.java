package nl.ikcregie.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.ikcregie.agreement.ResultAgreement;
import nl.ikcregie.application.SubsidyApplication;
import nl.ikcregie.organisation.Ikc;
import nl.ikcregie.organisation.Organisation;
import nl.ikcregie.shared.IllegalTransitionException;

/**
 * An IKC's yearly PDCA report (jaarrapportage): Plan (copied from its application and, for a
 * Plus-IKC, the agreement's targets of that year when the report starts), Do, Check and Act. For a
 * subsidised IKC it is also the request to settle that year's subsidy (Awb 4:44).
 */
@Entity
@Table(name = "annual_report")
public class AnnualReport extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ikc_id")
    public Ikc ikc;

    @Column(name = "report_year", nullable = false)
    public int year;

    /** The school board that files the report (the IKC's board when the report started). */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_board_id")
    public Organisation schoolBoard;

    /** The application granted for this year, if the IKC was subsidised. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id")
    public SubsidyApplication application;

    /** The Plus-IKC's result agreement, if any, and the number of the version whose targets the Plan holds. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agreement_id")
    public ResultAgreement agreement;

    @Column(name = "agreement_version")
    public Integer agreementVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public ReportStatus status = ReportStatus.CONCEPT;

    /** The last day to file (the settlement term the grant set, Awb 4:44). */
    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    /** The subsidy granted for the year (copied from the decision in force when the report started). */
    @Column(name = "granted_amount", precision = 12, scale = 2)
    public BigDecimal grantedAmount;

    /** Plan: what was planned for the year. */
    @Column(name = "plan_text", columnDefinition = "TEXT")
    public String planText;

    /** Do: what was done. */
    @Column(name = "done_text", columnDefinition = "TEXT")
    public String doneText;

    /** Check: the subsidy actually spent, and an explanation of the difference. */
    @Column(name = "subsidy_spent", precision = 12, scale = 2)
    public BigDecimal subsidySpent;

    @Column(name = "spending_note", length = 2000)
    public String spendingNote;

    /** Act: what changes next year. */
    @Column(name = "act_text", columnDefinition = "TEXT")
    public String actText;

    /** Act: proposals to amend the result agreement. */
    @Column(name = "amendment_proposal", columnDefinition = "TEXT")
    public String amendmentProposal;

    @ElementCollection
    @CollectionTable(name = "annual_report_indicator", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position", nullable = false)
    public List<ReportIndicator> indicators = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "annual_report_spending", joinColumns = @JoinColumn(name = "report_id"))
    @OrderBy("party")
    public List<ReportSpending> spending = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "annual_report_level", joinColumns = @JoinColumn(name = "report_id"))
    @OrderBy("criterion")
    public List<ReportLevel> levels = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "annual_report_obligation", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position", nullable = false)
    public List<ReportObligation> obligations = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "annual_report_staffing", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position", nullable = false)
    public List<ReportStaffing> staffing = new ArrayList<>();

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "submitted_by", length = 100)
    public String submittedBy;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "reviewed_by", length = 100)
    public String reviewedBy;

    /** The projectleider's request for changes, or a note with the approval. */
    @Column(name = "review_note", length = 2000)
    public String reviewNote;

    @Column(name = "created_by", nullable = false, length = 100)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    public boolean isPlusIkcReport() {
        return agreement != null;
    }

    public boolean isSubsidised() {
        return application != null;
    }

    /** The school board files the report: a draft or a report sent back for changes becomes INGEDIEND. */
    public void submit(String by, Instant at) {
        move(ReportStatus.INGEDIEND);
        submittedBy = by;
        submittedAt = at;
        touch(by, at);
    }

    /** The projectleider sends a submitted report back with the reason. */
    public void requestChanges(String reason, String by, Instant at) {
        move(ReportStatus.WIJZIGING_GEVRAAGD);
        reviewNote = reason;
        reviewedBy = by;
        reviewedAt = at;
        touch(by, at);
    }

    /** The projectleider approves a submitted report, with an optional note. */
    public void approve(String note, String by, Instant at) {
        move(ReportStatus.GOEDGEKEURD);
        reviewNote = note;
        reviewedBy = by;
        reviewedAt = at;
        touch(by, at);
    }

    /** The content may change only while the school board has it (a draft, or sent back for changes). */
    public void requireEditable() {
        if (!status.isEditableByApplicant()) {
            throw new IllegalTransitionException("De jaarrapportage is " + status.label().toLowerCase()
                    + " en kan niet meer worden gewijzigd.");
        }
    }

    public void touch(String by, Instant at) {
        updatedBy = by;
        updatedAt = at;
    }

    private void move(ReportStatus target) {
        if (!status.canMoveTo(target)) {
            throw new IllegalTransitionException("Een jaarrapportage met status " + status.label().toLowerCase()
                    + " kan niet naar " + target.label().toLowerCase() + ".");
        }
        status = target;
    }

    public String title() {
        return "Jaarrapportage " + year + " " + ikc.name;
    }

    public static Optional<AnnualReport> findFor(long ikcId, int year) {
        return find("ikc.id = ?1 and year = ?2", ikcId, year).firstResultOptional();
    }

    public static List<AnnualReport> listForYear(int year) {
        return list("select r from AnnualReport r join fetch r.ikc join fetch r.schoolBoard where r.year = ?1 "
                + "order by r.ikc.name", year);
    }

    /** The reports an organisation takes part in (as the school board, or as the agreement's childcare party), optionally of one year. */
    public static List<AnnualReport> listForOrganisation(long organisationId, Integer year) {
        String query = "select r from AnnualReport r join fetch r.ikc join fetch r.schoolBoard left join r.agreement g "
                + "where (r.schoolBoard.id = ?1 or g.childcare.id = ?1)";
        return year == null ? list(query + " order by r.year desc, r.ikc.name", organisationId)
                : list(query + " and r.year = ?2 order by r.ikc.name", organisationId, year);
    }

    public static List<AnnualReport> listForIkc(long ikcId) {
        return list("ikc.id = ?1 order by year", ikcId);
    }
}
