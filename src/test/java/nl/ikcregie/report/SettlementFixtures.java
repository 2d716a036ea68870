package nl.ikcregie.report;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.math.BigDecimal;
import java.time.Instant;
import nl.ikcregie.application.SubsidyApplication;
import nl.ikcregie.decision.Decision;
import nl.ikcregie.decision.SettlementTerm;

/**
 * Yearly reports for settlement tests, stored directly (the report workflow is its own feature): a
 * report of a granted application, in the status and with the amount spent the test needs.
 */
public final class SettlementFixtures {

    private SettlementFixtures() {
    }

    /** An approved report of the application, stating {@code spent} as the subsidy spent. */
    public static long approvedReport(long applicationId, String spent) {
        return report(applicationId, spent, ReportStatus.GOEDGEKEURD);
    }

    /** An approved report of an IKC that was not subsidised that year (as a Plus-IKC without a grant files one). */
    public static long unsubsidisedReport(long ikcId, int year) {
        return QuarkusTransaction.requiringNew().call(() -> {
            AnnualReport report = new AnnualReport();
            report.ikc = nl.ikcregie.organisation.Ikc.findById(ikcId);
            report.year = year;
            report.schoolBoard = report.ikc.schoolBoard;
            report.status = ReportStatus.GOEDGEKEURD;
            report.dueOn = SettlementTerm.requestDue(year);
            Instant now = Instant.now();
            report.createdBy = "aanvrager-test";
            report.createdAt = now;
            report.updatedBy = "projectleider";
            report.updatedAt = now;
            report.persist();
            return report.id;
        });
    }

    /** A report of the application in the given status, committed so HTTP calls see it. */
    public static long report(long applicationId, String spent, ReportStatus status) {
        return QuarkusTransaction.requiringNew().call(() -> {
            SubsidyApplication application = SubsidyApplication.findById(applicationId);
            Decision grant = Decision.currentFor(applicationId).orElseThrow();
            AnnualReport report = new AnnualReport();
            report.ikc = application.ikc;
            report.year = application.round.year;
            report.schoolBoard = application.ikc.schoolBoard;
            report.application = application;
            report.status = status;
            report.dueOn = SettlementTerm.requestDue(application.round.year);
            report.grantedAmount = grant.grantedAmount;
            report.planText = "Een gezamenlijk ouderprogramma.";
            report.doneText = "Het ouderprogramma liep in het voorjaar; de zomeractiviteiten gingen niet door.";
            report.subsidySpent = new BigDecimal(spent);
            report.spendingNote = "Minder uitgegeven aan de zomeractiviteiten.";
            Instant now = Instant.now();
            report.createdBy = "aanvrager-test";
            report.createdAt = now;
            report.updatedBy = "projectleider";
            report.updatedAt = now;
            if (status != ReportStatus.CONCEPT) {
                report.submittedAt = now;
                report.submittedBy = "aanvrager-test";
            }
            if (status == ReportStatus.GOEDGEKEURD) {
                report.reviewedAt = now;
                report.reviewedBy = "projectleider";
            }
            report.persist();
            return report.id;
        });
    }
}
