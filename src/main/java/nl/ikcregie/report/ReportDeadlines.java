package nl.ikcregie.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.ikcregie.decision.Deadline;
import nl.ikcregie.decision.DeadlineSource;

/**
 * The term of every yearly report not yet filed (none started, a draft, or sent back for changes),
 * for the years whose reports can still be open: the two years before this one and this one. The
 * school board must act, so its aanvragers are reminded as well.
 */
@ApplicationScoped
public class ReportDeadlines implements DeadlineSource {

    @Inject
    ReportService reports;

    @Override
    public List<Deadline> deadlines(LocalDate today) {
        List<Deadline> deadlines = new ArrayList<>();
        for (int year = today.getYear() - 2; year <= today.getYear(); year++) {
            for (ReportService.DueReport due : reports.dueReports(year)) {
                if (due.report() != null && !due.report().status.isEditableByApplicant()) {
                    continue;
                }
                String what = (due.report() == null ? "Jaarrapportage " + year + " nog niet gestart"
                        : "Jaarrapportage " + year + " " + due.statusLabel().toLowerCase())
                        + (due.duty().subsidised() ? "; tevens aanvraag tot vaststelling (Awb 4:44)" : "");
                deadlines.add(new Deadline(Deadline.Kind.JAARRAPPORTAGE, "jaarrapportage-" + due.ikc().id + "-" + year,
                        due.ikc().name + " (" + year + ")", what, due.duty().dueOn(),
                        due.report() == null ? "/jaarrapportages?jaar=" + year : "/jaarrapportages/" + due.report().id,
                        due.ikc().schoolBoard.id));
            }
        }
        return deadlines;
    }
}
