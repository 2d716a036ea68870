package nl.ikcregie.monitoring;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.ikcregie.application.IntegrationLevel;
import nl.ikcregie.monitoring.MonitoringFigures.Groep;
import nl.ikcregie.monitoring.MonitoringFigures.Indicatorreeks;
import nl.ikcregie.monitoring.MonitoringFigures.Jaarbedrag;
import nl.ikcregie.monitoring.MonitoringFigures.Meting;
import nl.ikcregie.monitoring.MonitoringFigures.Profiel;
import nl.ikcregie.monitoring.SvgCharts.Series;
import nl.ikcregie.shared.Money;

/**
 * The charts of one monitoring report as SVG markup (escaped by {@link SvgCharts}), the same for the page
 * and the PDF. {@code profile} and {@code indicators} are those of the chosen IKC, if any.
 */
public record MonitoringCharts(String trend, String perCategory, String perArea, String perBoard, String criteria,
        Profiel chosen, String profile, List<IndicatorChart> indicators, List<Choice> choices, Long chosenIkc) {

    /** An IKC the reader can choose for its profile and indicators. */
    public record Choice(long id, String name) {
    }

    /** One indicator of the chosen Plus-IKC with its chart. */
    public record IndicatorChart(Indicatorreeks reeks, String svg) {
    }

    /** The same charts, each with the alternative text a PDF/UA figure needs. */
    public MonitoringCharts forPdf() {
        return new MonitoringCharts(SvgCharts.withAlt(trend), SvgCharts.withAlt(perCategory), SvgCharts.withAlt(perArea),
                SvgCharts.withAlt(perBoard), SvgCharts.withAlt(criteria), chosen, SvgCharts.withAlt(profile),
                indicators.stream().map(i -> new IndicatorChart(i.reeks(), SvgCharts.withAlt(i.svg()))).toList(), choices,
                chosenIkc);
    }

    public static MonitoringCharts of(MonitoringFigures f, Long ikcId) {
        List<Jaarbedrag> years = f.bedragenPerJaar();
        String trend = SvgCharts.lines("grafiek-trend", "Toegekend en besteed per jaar",
                "Lijngrafiek van het toegekende en het bestede subsidiebedrag per subsidiejaar tot en met " + f.jaar()
                        + ". De getallen staan in de tabel ernaast.",
                years.stream().map(y -> String.valueOf(y.jaar())).toList(),
                List.of(new Series("Toegekend", years.stream().map(Jaarbedrag::toegekend).toList()),
                        new Series("Besteed", years.stream().map(Jaarbedrag::besteed).toList())),
                "Subsidiejaar", Money::format);
        Optional<Profiel> chosen = f.profielen().stream().filter(p -> ikcId != null && p.ikcId() == ikcId).findFirst()
                .or(() -> ikcId == null ? f.profielen().stream().findFirst() : Optional.empty());
        String profile = chosen.map(p -> SvgCharts.profile("grafiek-profiel", "Ontwikkelprofiel van " + p.ikcNaam(),
                "Het niveau van " + p.ikcNaam() + " op de 12 criteria van het Ontwikkelinstrument, vorig niveau en nu, "
                        + "van 1 back to back tot 5 integraal. De niveaus staan in de tabel ernaast.",
                f.criteria().stream().map(c -> c.criterium() + ". " + c.naam()).toList(),
                Arrays.stream(IntegrationLevel.values()).map(IntegrationLevel::label).toList(),
                List.of(new Series("Vorig niveau", p.niveaus().stream().map(n -> decimal(n.voorNummer())).toList()),
                        new Series("Nu", p.niveaus().stream().map(n -> decimal(n.nuNummer())).toList()))))
                .orElse("");
        List<Choice> choices = new java.util.ArrayList<>();
        f.profielen().forEach(p -> choices.add(new Choice(p.ikcId(), p.ikcNaam())));
        f.indicatoren().forEach(r -> choices.add(new Choice(r.ikcId(), r.ikcNaam())));
        List<Choice> distinct = choices.stream().distinct().sorted(java.util.Comparator.comparing(Choice::name)).toList();
        Long indicatorIkc = chosen.map(Profiel::ikcId).orElse(ikcId != null ? ikcId
                : distinct.stream().findFirst().map(Choice::id).orElse(null));
        List<Indicatorreeks> ofIkc = f.indicatoren().stream().filter(r -> indicatorIkc != null && r.ikcId() == indicatorIkc).toList();
        List<IndicatorChart> indicators = new java.util.ArrayList<>();
        for (int i = 0; i < ofIkc.size(); i++) {
            Indicatorreeks r = ofIkc.get(i);
            indicators.add(new IndicatorChart(r, SvgCharts.lines("grafiek-indicator-" + (i + 1), r.indicator(),
                    "Streefwaarde en gerealiseerde waarde van de indicator " + r.indicator() + " van " + r.ikcNaam()
                            + " per rapportagejaar.",
                    r.metingen().stream().map(m -> String.valueOf(m.jaar())).toList(),
                    List.of(new Series("Streefwaarde", r.metingen().stream().map(Meting::streefwaarde).toList()),
                            new Series("Gerealiseerd", r.metingen().stream().map(Meting::gerealiseerd).toList())),
                    "Rapportagejaar" + (r.eenheid() == null ? "" : " (" + r.eenheid() + ")"), MonitoringCharts::plain)));
        }
        return new MonitoringCharts(trend, money("grafiek-categorie", "per categorie", f.perCategorie(), f.jaar()),
                money("grafiek-aandachtsgebied", "per aandachtsgebied", f.perAandachtsgebied(), f.jaar()),
                money("grafiek-schoolbestuur", "per schoolbestuur", f.perSchoolbestuur(), f.jaar()),
                SvgCharts.bars("grafiek-criteria", "Beweging op de 12 criteria",
                        "Per criterium van het Ontwikkelinstrument het aantal IKC's dat in " + f.jaar()
                                + " een niveau omhoog ging, gelijk bleef of omlaag ging. De getallen staan in de tabel ernaast.",
                        f.criteria().stream().map(c -> c.criterium() + ". " + c.naam()).toList(),
                        List.of(new Series("Omhoog", f.criteria().stream().map(c -> BigDecimal.valueOf(c.omhoog())).toList()),
                                new Series("Gelijk", f.criteria().stream().map(c -> BigDecimal.valueOf(c.gelijk())).toList()),
                                new Series("Omlaag", f.criteria().stream().map(c -> BigDecimal.valueOf(c.omlaag())).toList())),
                        "Aantal IKC's", MonitoringCharts::plain),
                chosen.orElse(null), profile, indicators, distinct, indicatorIkc);
    }

    private static String money(String id, String what, List<Groep> groups, int year) {
        return SvgCharts.bars(id, "Toegekend en besteed " + what + " in " + year,
                "Staafdiagram van het toegekende en het bestede subsidiebedrag " + what + " in " + year
                        + ". De bedragen staan in de tabel ernaast.",
                groups.stream().map(Groep::naam).toList(),
                List.of(new Series("Toegekend", groups.stream().map(Groep::toegekend).toList()),
                        new Series("Besteed", groups.stream().map(Groep::besteed).toList())),
                "Bedrag in euro", Money::format);
    }

    private static BigDecimal decimal(Integer value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
