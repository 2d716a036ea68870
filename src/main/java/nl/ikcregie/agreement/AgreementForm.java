package nl.ikcregie.agreement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ikcregie.shared.Money;

/**
 * The edit form of a concept version as the template draws it: every field's name (its JSON path),
 * its value as typed, with blank rows to add goals, indicators and staffing, a target per year for
 * every indicator and the full contributions grid (party × source × year). Indices stay those of
 * the posted form, so errors land beside the right field when the form is shown again.
 */
public record AgreementForm(InhoudInvoer input, List<Integer> years, List<GoalRow> goals, List<GridRow> grid,
        List<StaffingRow> staffing) {

    public record GoalRow(String prefix, int number, InhoudInvoer.Doel value, List<IndicatorRow> indicators) {
    }

    public record IndicatorRow(String prefix, int number, InhoudInvoer.Indicator value, List<Cell> targets) {
    }

    /** One input of a row per year: its field name prefix, year and value. */
    public record Cell(String prefix, int year, String value) {
    }

    public record GridRow(Party party, FundingSource source, List<Cell> cells) {
    }

    public record StaffingRow(String prefix, int number, InhoudInvoer.Formatie value) {
    }

    /** The form of a version's current content. */
    static InhoudInvoer toInput(AgreementVersion version) {
        AgreementContent c = version.content();
        InhoudInvoer in = new InhoudInvoer();
        in.versie = String.valueOf(version.number);
        in.revisie = String.valueOf(version.revision);
        in.aanbodUitDataAnalyse = c.texts().dataAnalysis();
        in.aansturing = c.texts().steering();
        in.functiehuis = c.texts().functiehuis();
        in.inrichting = c.texts().organisation();
        for (AgreementContent.Goal g : c.goals()) {
            InhoudInvoer.Doel d = new InhoudInvoer.Doel();
            d.titel = g.title();
            d.omschrijving = g.description();
            for (AgreementContent.Indicator i : g.indicators()) {
                InhoudInvoer.Indicator ind = new InhoudInvoer.Indicator();
                ind.naam = i.name();
                ind.eenheid = i.unit();
                ind.nulmeting = plain(i.baseline());
                i.targets().forEach((year, value) -> {
                    InhoudInvoer.Streefwaarde t = new InhoudInvoer.Streefwaarde();
                    t.jaar = String.valueOf(year);
                    t.waarde = plain(value);
                    ind.streefwaarden.add(t);
                });
                d.indicatoren.add(ind);
            }
            in.doelen.add(d);
        }
        for (AgreementContent.Contribution k : c.contributions()) {
            InhoudInvoer.Bijdrage b = new InhoudInvoer.Bijdrage();
            b.partij = k.party().name();
            b.bron = k.source().name();
            b.jaar = String.valueOf(k.year());
            b.bedrag = Money.plain(k.amount());
            in.bijdragen.add(b);
        }
        for (AgreementContent.Staffing s : c.staffing()) {
            InhoudInvoer.Formatie f = new InhoudInvoer.Formatie();
            f.functie = s.role().name();
            f.urenPerWeek = plain(s.hoursPerWeek());
            f.gefinancierdDoor = s.fundedBy().name();
            f.bron = s.source().name();
            f.vanJaar = String.valueOf(s.firstYear());
            f.totEnMetJaar = String.valueOf(s.lastYear());
            f.toelichting = s.note();
            in.formatie.add(f);
        }
        return in;
    }

    /** The form to draw for an input (fresh or as posted), with blank rows added. */
    static AgreementForm of(InhoudInvoer in, int first, int last) {
        List<Integer> years = new ArrayList<>();
        for (int y = first; y <= last; y++) {
            years.add(y);
        }
        if (in.doelen.isEmpty() || !blank(in.doelen.get(in.doelen.size() - 1))) {
            in.doelen.add(new InhoudInvoer.Doel());
        }
        List<GoalRow> goals = new ArrayList<>();
        for (int g = 0; g < in.doelen.size(); g++) {
            InhoudInvoer.Doel d = in.doelen.get(g) == null ? new InhoudInvoer.Doel() : in.doelen.get(g);
            if (d.indicatoren == null) {
                d.indicatoren = new ArrayList<>();
            }
            if (d.indicatoren.isEmpty()) {
                d.indicatoren.add(new InhoudInvoer.Indicator());
                d.indicatoren.add(new InhoudInvoer.Indicator());
            } else if (!blank(d.indicatoren.get(d.indicatoren.size() - 1))) {
                d.indicatoren.add(new InhoudInvoer.Indicator());
            }
            String prefix = "doelen[" + g + "]";
            List<IndicatorRow> indicators = new ArrayList<>();
            for (int i = 0; i < d.indicatoren.size(); i++) {
                InhoudInvoer.Indicator ind = d.indicatoren.get(i) == null ? new InhoudInvoer.Indicator()
                        : d.indicatoren.get(i);
                String ip = prefix + ".indicatoren[" + i + "]";
                Map<String, String> byYear = new HashMap<>();
                if (ind.streefwaarden != null) {
                    ind.streefwaarden.forEach(t -> {
                        if (t != null && t.jaar != null) {
                            byYear.put(t.jaar.strip(), t.waarde);
                        }
                    });
                }
                List<Cell> cells = new ArrayList<>();
                for (int k = 0; k < years.size(); k++) {
                    cells.add(new Cell(ip + ".streefwaarden[" + k + "]", years.get(k),
                            byYear.get(String.valueOf(years.get(k)))));
                }
                indicators.add(new IndicatorRow(ip, i + 1, ind, cells));
            }
            goals.add(new GoalRow(prefix, g + 1, d, indicators));
        }
        Map<String, String> amounts = new HashMap<>();
        for (InhoudInvoer.Bijdrage b : in.bijdragen) {
            if (b != null) {
                amounts.put(b.partij + "|" + b.bron + "|" + (b.jaar == null ? "" : b.jaar.strip()), b.bedrag);
            }
        }
        List<GridRow> grid = new ArrayList<>();
        int index = 0;
        for (Party party : Party.values()) {
            for (FundingSource source : FundingSource.values()) {
                List<Cell> cells = new ArrayList<>();
                for (int year : years) {
                    cells.add(new Cell("bijdragen[" + index++ + "]", year, amounts.get(party + "|" + source + "|" + year)));
                }
                grid.add(new GridRow(party, source, cells));
            }
        }
        long blankStaffing = in.formatie.stream().filter(f -> f == null || blank(f)).count();
        for (long n = blankStaffing; n < 2; n++) {
            in.formatie.add(new InhoudInvoer.Formatie());
        }
        List<StaffingRow> staffing = new ArrayList<>();
        for (int s = 0; s < in.formatie.size(); s++) {
            InhoudInvoer.Formatie f = in.formatie.get(s) == null ? new InhoudInvoer.Formatie() : in.formatie.get(s);
            staffing.add(new StaffingRow("formatie[" + s + "]", s + 1, f));
        }
        return new AgreementForm(in, years, goals, grid, staffing);
    }

    private static boolean blank(InhoudInvoer.Doel d) {
        return d == null || (ContentRules.isBlank(d.titel) && ContentRules.isBlank(d.omschrijving)
                && (d.indicatoren == null || d.indicatoren.stream().allMatch(AgreementForm::blank)));
    }

    private static boolean blank(InhoudInvoer.Indicator i) {
        return i == null || (ContentRules.isBlank(i.naam) && ContentRules.isBlank(i.eenheid)
                && ContentRules.isBlank(i.nulmeting)
                && (i.streefwaarden == null || i.streefwaarden.stream().allMatch(t -> t == null
                        || ContentRules.isBlank(t.waarde))));
    }

    private static boolean blank(InhoudInvoer.Formatie f) {
        return ContentRules.isBlank(f.functie) && ContentRules.isBlank(f.urenPerWeek)
                && ContentRules.isBlank(f.toelichting);
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
