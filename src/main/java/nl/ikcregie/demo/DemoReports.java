package nl.ikcregie.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.ikcregie.application.IntegrationLevel;
import nl.ikcregie.report.AnnualReport;
import nl.ikcregie.report.ObligationStatus;
import nl.ikcregie.report.RapportageInvoer;
import nl.ikcregie.report.ReportIndicator;
import nl.ikcregie.report.ReportLevel;
import nl.ikcregie.report.ReportObligation;
import nl.ikcregie.report.ReportService;
import nl.ikcregie.report.ReportSpending;
import nl.ikcregie.report.SettlementService;
import nl.ikcregie.report.ReportStaffing;
import nl.ikcregie.shared.ClockProducer;
import nl.ikcregie.shared.Money;

/**
 * The 2026 yearly reports, as they stand on about 24 November 2026: of the IKCs that must report
 * (the 2026 grants and the nine Plus-IKCs), one in ten has not started, one in ten is a draft, about
 * one in five is submitted (one of them sent back for changes) and six in ten are approved; of those, two in ten
 * and the ones that spent less are settled. The
 * figures follow from the IKC's place in the list, so the demo is the same on every machine. Runs
 * inside {@link DemoData#load()}'s transaction; an IKC that already has its 2026 report is left alone.
 */
@ApplicationScoped
class DemoReports {

    static final int YEAR = 2026;
    static final String PROJECTLEIDER = "projectleider";

    @Inject
    ReportService reports;

    @Inject
    SettlementService settlements;

    void load() {
        List<ReportService.DueReport> dues = reports.dueReports(YEAR);
        for (int i = 0; i < dues.size(); i++) {
            ReportService.DueReport due = dues.get(i);
            int slot = i % 10;
            if (due.report() != null || slot == 0) {
                continue; // already there, or not started yet
            }
            String applicant = DemoAgreements.APPLICANT_OF_BOARD.get(due.ikc().schoolBoard.name);
            if (applicant == null) {
                continue;
            }
            int day = 1 + (i % 20);
            AnnualReport report = reports.startAs(due.ikc(), YEAR, applicant, at(10, day, 9));
            if (slot == 1) {
                RapportageInvoer draft = new RapportageInvoer();
                draft.uitvoering.tekst = doneText(report, i);
                reports.saveAs(report, draft, applicant, at(10, day + 5, 14));
                continue;
            }
            reports.saveAs(report, filledIn(report, i), applicant, at(10, day + 7, 15));
            Instant submitted = at(10, day + 9, 11);
            reports.submitAs(report, applicant, submitted);
            if (slot == 3 && i == 3) {
                reports.requestChangesAs(report, "De besteding per partij wijkt af van de afspraak; licht toe welke "
                        + "activiteiten minder kostten en waarom.", PROJECTLEIDER, at(11, 2 + (i % 5), 10));
            } else if (slot >= 4) {
                int approvedOn = Math.min(20, 2 + day / 2 + slot);
                reports.approveAs(report, i % 3 == 0 ? "Helder verslag; de resultaten liggen op koers." : null,
                        PROJECTLEIDER, at(11, approvedOn, 16));
                // settled: two in ten, and those that spent less (so the demo shows a reclaim)
                if ((slot >= 8 || i % 7 == 5) && report.isSubsidised()) {
                    settle(report, LocalDate.of(YEAR, 11, approvedOn + 2));
                }
            }
        }
    }

    /** Everything filled in, with realistic values near the Plan. */
    private static RapportageInvoer filledIn(AnnualReport r, int i) {
        RapportageInvoer in = new RapportageInvoer();
        in.uitvoering.tekst = doneText(r, i);
        for (int j = 0; j < r.indicators.size(); j++) {
            ReportIndicator x = r.indicators.get(j);
            RapportageInvoer.Indicator row = new RapportageInvoer.Indicator();
            BigDecimal target = x.target != null ? x.target : x.baseline != null ? x.baseline : BigDecimal.TEN;
            int delta = ((i * 7 + j * 3) % 7) - 3; // -3 .. +3 around the target
            BigDecimal realised = target.add(BigDecimal.valueOf(delta)).max(BigDecimal.ZERO);
            row.gerealiseerd = Money.plain(realised);
            if (delta < -1) {
                row.toelichting = "Lager dan de streefwaarde: de start van het schooljaar liep vertraging op door "
                        + "personeelswisselingen.";
            }
            in.check.indicatoren.add(row);
        }
        if (r.isSubsidised()) {
            boolean lower = i % 7 == 5;
            BigDecimal spent = lower ? r.grantedAmount.subtract(new BigDecimal("2500")).max(BigDecimal.ZERO)
                    : r.grantedAmount;
            in.check.subsidieBesteed = Money.plain(spent);
            if (lower) {
                in.check.toelichtingBesteding = "De ouderavonden in het voorjaar vielen uit en de studiedag werd "
                        + "intern verzorgd; daardoor is 2.500 euro minder besteed.";
            }
        }
        for (int j = 0; j < r.spending.size(); j++) {
            ReportSpending s = r.spending.get(j);
            RapportageInvoer.Besteding row = new RapportageInvoer.Besteding();
            row.partij = s.party.name();
            BigDecimal factor = (i + j) % 3 == 0 ? new BigDecimal("0.94") : BigDecimal.ONE;
            row.besteed = Money.plain(s.agreed.multiply(factor).setScale(2, RoundingMode.HALF_UP));
            in.check.bestedingPerPartij.add(row);
        }
        for (ReportLevel l : r.levels) {
            RapportageInvoer.Niveau row = new RapportageInvoer.Niveau();
            row.criterium = String.valueOf(l.criterion);
            IntegrationLevel before = l.previousLevel != null ? l.previousLevel : IntegrationLevel.FACE_TO_FACE;
            boolean up = (l.criterion + i) % 4 == 0 && before != IntegrationLevel.INTEGRAAL;
            row.niveau = (up ? IntegrationLevel.values()[before.ordinal() + 1] : before).name();
            in.check.zelfevaluatie.add(row);
        }
        for (int j = 0; j < r.obligations.size(); j++) {
            ReportObligation o = r.obligations.get(j);
            RapportageInvoer.Verplichting row = new RapportageInvoer.Verplichting();
            if (o.status == null && i % 11 == 7) {
                row.status = ObligationStatus.NIET_NAGEKOMEN.name();
                row.toelichting = "Door langdurig verzuim van de IKC-coördinator is dit niet van de grond gekomen; "
                        + "het staat bovenaan het jaarplan " + (YEAR + 1) + ".";
            } else if (o.status == null && i % 6 == 4) {
                row.status = ObligationStatus.DEELS_NAGEKOMEN.name();
                row.toelichting = "Gestart in het najaar; twee van de vier geplande bijeenkomsten zijn gehouden.";
            } else {
                row.status = ObligationStatus.NAGEKOMEN.name();
            }
            in.check.inspanningsverplichtingen.add(row);
        }
        for (int j = 0; j < r.staffing.size(); j++) {
            ReportStaffing s = r.staffing.get(j);
            RapportageInvoer.Formatie row = new RapportageInvoer.Formatie();
            BigDecimal hours = (i + j) % 6 == 3 ? s.agreedHours.subtract(new BigDecimal("4")).max(BigDecimal.ZERO)
                    : s.agreedHours;
            row.urenIngevuld = Money.plain(hours);
            in.check.formatie.add(row);
        }
        in.act.tekst = "Volgend jaar zetten we de doorgaande lijn voort: één gezamenlijk VVE-programma voor peuters en "
                + "kleuters, vaste overleggen tussen leerkrachten en pedagogisch medewerkers, en een ouderkamer die "
                + "elke week open is.";
        if (r.isPlusIkcReport() && i % 3 == 0) {
            in.act.wijzigingsvoorstel = "De uren van de jeugdondersteuner VVE uitbreiden; de vraag onder peuters groeit "
                    + "sneller dan in de afspraak voorzien.";
        }
        return in;
    }

    private static String doneText(AnnualReport r, int i) {
        String[] actions = { "een wekelijkse inloop voor ouders", "gezamenlijke teamscholing van onderwijs en opvang",
            "een doorgaande leerlijn taal van 2 tot 6 jaar", "huisbezoeken door de jeugdondersteuner",
            "een gezamenlijk zorgoverleg voor 0-12 jaar" };
        return r.ikc.name + " heeft in " + YEAR + " " + actions[i % actions.length] + " opgezet, naast "
                + actions[(i + 2) % actions.length] + ". Het team van school en opvang plande de activiteiten samen "
                + "en evalueerde ze elk kwartaal in de IKC-stuurgroep.";
    }

    /** Two in ten approved grants are settled: at what was spent, the whole grant having been paid in advance. */
    private void settle(AnnualReport report, LocalDate on) {
        BigDecimal granted = report.grantedAmount;
        BigDecimal settled = report.subsidySpent.min(granted);
        String grounds = settled.compareTo(granted) < 0
                ? "Uit de jaarrapportage blijkt dat " + Money.format(settled) + " is besteed aan de activiteiten waarvoor "
                        + "de subsidie is verleend; de subsidie wordt op dat bedrag vastgesteld (artikel 4:46, tweede lid, Awb)."
                : "De activiteiten zijn verricht en de inspanningsverplichtingen nagekomen; de subsidie wordt vastgesteld "
                        + "op het verleende bedrag.";
        settlements.settleAs(report, settled, granted, grounds, on, PROJECTLEIDER);
    }

    private static Instant at(int month, int day, int hour) {
        return LocalDate.of(YEAR, month, Math.min(day, 28)).atTime(LocalTime.of(hour, 0))
                .atZone(ClockProducer.AMSTERDAM).toInstant();
    }
}
