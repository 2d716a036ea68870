package nl.ikcregie.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ikcregie.report.AnnualReport;
import nl.ikcregie.report.ReportStatus;
import nl.ikcregie.report.Settlement;
import nl.ikcregie.shared.InputRules;
import nl.ikcregie.shared.web.Spreadsheet;

/** The yearly reports of one year with the money: granted, spent and, once settled, the final amount. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportExport {

    static final String REPORTS = "Jaarrapportages";

    /** The year as asked ({@code jaar}), checked: a whole year, or 400 naming the field. */
    public Spreadsheet of(String year) {
        InputRules rules = new InputRules();
        Integer checked = rules.requiredWholeNumber("jaar", year, nl.ikcregie.shared.Years.FIRST, nl.ikcregie.shared.Years.LAST);
        rules.throwIfAny();
        List<AnnualReport> reports = AnnualReport.listForYear(checked);
        Map<Long, Settlement> settlements = reports.isEmpty() ? Map.of()
                : Settlement.<Settlement>list("report.id in ?1", reports.stream().map(r -> r.id).toList()).stream()
                        .collect(Collectors.toMap(s -> s.report.id, Function.identity(), (a, b) -> a));
        Spreadsheet spreadsheet = new Spreadsheet();
        Spreadsheet.Table table = spreadsheet.table(REPORTS).integer("Rapportage-id").text("IKC")
                .text("Schoolbestuur").integer("Jaar").text("Soort").text("Status").date("Uiterlijk op")
                .dateTime("Ingediend op").dateTime("Goedgekeurd op").money("Toegekend").money("Besteed")
                .money("Vastgesteld").money("Terug te vorderen").text("Vaststelling");
        for (AnnualReport r : reports) {
            Settlement s = settlements.get(r.id);
            String kind = r.isPlusIkcReport() ? (r.isSubsidised() ? "Plus-IKC en subsidie" : "Plus-IKC") : "Subsidie";
            table.row(r.id, r.ikc.name, r.schoolBoard.name, r.year, kind, r.status.label(), r.dueOn, r.submittedAt,
                    r.status == ReportStatus.GOEDGEKEURD ? r.reviewedAt : null, r.grantedAmount, r.subsidySpent,
                    s == null ? null : s.finalAmount, s == null ? null : s.reclaimAmount,
                    s == null ? null : s.reference);
        }
        return spreadsheet;
    }
}
