package nl.ikcregie.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.ikcregie.agreement.AgreementGoal;
import nl.ikcregie.agreement.AgreementIndicator;
import nl.ikcregie.agreement.AgreementService;
import nl.ikcregie.agreement.AgreementVersion;
import nl.ikcregie.agreement.ResultAgreement;
import nl.ikcregie.organisation.Ikc;
import nl.ikcregie.report.AnnualReport;
import nl.ikcregie.report.ReportIndicator;
import nl.ikcregie.report.ReportStatus;
import nl.ikcregie.shared.web.Spreadsheet;

/**
 * The result agreements as tables: the contributions per party, source and year, and the indicators
 * with their target per year beside what the IKC's yearly report realised. Each agreement counts with
 * its latest agreed version (a concept is not yet an agreement); one without an agreed version is left out.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AgreementExport {

    static final String CONTRIBUTIONS = "Bijdragen";
    static final String INDICATORS = "Indicatoren";

    @Inject
    AgreementService agreements;

    public Spreadsheet contributions() {
        Spreadsheet spreadsheet = new Spreadsheet();
        Spreadsheet.Table table = spreadsheet.table(CONTRIBUTIONS).text("IKC").text("Aandachtsgebied")
                .integer("Afspraak-id").integer("Versie").text("Partij").text("Organisatie").text("Bron")
                .integer("Jaar").money("Bedrag");
        for (Agreed a : agreed()) {
            List<AgreementVersion.ContributionLine> lines = a.version().contributions.stream()
                    .sorted(Comparator.comparing((AgreementVersion.ContributionLine l) -> l.year)
                            .thenComparing(l -> l.party).thenComparing(l -> l.source))
                    .toList();
            for (AgreementVersion.ContributionLine line : lines) {
                table.row(a.agreement().ikc.name, area(a.agreement().ikc), a.agreement().id, a.version().number,
                        line.party.label(), a.agreement().organisationOf(line.party).name, line.source.label(),
                        line.year, line.amount);
            }
        }
        return spreadsheet;
    }

    public Spreadsheet indicators() {
        List<Agreed> agreed = agreed();
        Map<String, AnnualReport> reports = new HashMap<>();
        List<Long> ikcIds = agreed.stream().map(a -> a.agreement().ikc.id).distinct().toList();
        if (!ikcIds.isEmpty()) {
            AnnualReport.<AnnualReport>list("ikc.id in ?1", ikcIds)
                    .forEach(r -> reports.put(r.ikc.id + "/" + r.year, r));
        }
        Spreadsheet spreadsheet = new Spreadsheet();
        Spreadsheet.Table table = spreadsheet.table(INDICATORS).text("IKC").text("Aandachtsgebied")
                .integer("Afspraak-id").integer("Versie").text("Doel").text("Indicator").text("Eenheid")
                .decimal("Nulmeting").integer("Jaar").decimal("Streefwaarde").decimal("Gerealiseerd")
                .text("Rapportagestatus");
        for (Agreed a : agreed) {
            Ikc ikc = a.agreement().ikc;
            for (AgreementGoal goal : a.version().goals) {
                for (AgreementIndicator indicator : goal.indicators) {
                    for (Map.Entry<Integer, BigDecimal> target : indicator.targets.entrySet()) {
                        AnnualReport report = reports.get(ikc.id + "/" + target.getKey());
                        table.row(ikc.name, area(ikc), a.agreement().id, a.version().number, goal.title,
                                indicator.name, indicator.unit, indicator.baseline, target.getKey(), target.getValue(),
                                realised(report, goal.title, indicator.name).orElse(null),
                                report == null ? null : report.status.label());
                    }
                }
            }
        }
        return spreadsheet;
    }

    /** The value a submitted or approved report gives, matched by goal title and indicator name. */
    static Optional<BigDecimal> realised(AnnualReport report, String goal, String indicator) {
        if (report == null || (report.status != ReportStatus.INGEDIEND && report.status != ReportStatus.GOEDGEKEURD)) {
            return Optional.empty();
        }
        return report.indicators.stream().filter(i -> goal.equals(i.goalTitle) && indicator.equals(i.name))
                .map((ReportIndicator i) -> i.realised).filter(v -> v != null).findFirst();
    }

    private record Agreed(ResultAgreement agreement, AgreementVersion version) {
    }

    private List<Agreed> agreed() {
        // IKCs with their area first, so each agreement's IKC needs no query of its own
        Ikc.listAllWithRelations();
        return agreements.listVisible().stream()
                .flatMap(a -> a.latestAgreed().map(v -> new Agreed(a, v)).stream()).toList();
    }

    private static String area(Ikc ikc) {
        return ikc.priorityArea == null ? null : ikc.priorityArea.name;
    }
}
