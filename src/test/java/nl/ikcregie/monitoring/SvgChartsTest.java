package nl.ikcregie.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.ikcregie.monitoring.SvgCharts.Series;
import nl.ikcregie.shared.Money;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

class SvgChartsTest {

    static final Pattern BAR = Pattern.compile("<rect class=\"ikc-chart__bar\"[^>]* width=\"([0-9.]+)\"");

    static List<BigDecimal> values(String... v) {
        return Arrays.stream(v).map(s -> s == null ? null : new BigDecimal(s)).toList();
    }

    static List<Double> barWidths(String svg) {
        List<Double> widths = new ArrayList<>();
        Matcher m = BAR.matcher(svg);
        while (m.find()) {
            widths.add(Double.parseDouble(m.group(1)));
        }
        return widths;
    }

    static void wellFormed(String svg) throws Exception {
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    @Test
    void barLengthsAreProportionalToTheValues() throws Exception {
        String svg = SvgCharts.bars("geld", "Geld", "Uitleg", List.of("A", "B", "C"),
                List.of(new Series("Toegekend", values("40000", "20000", "10000"))), "Bedrag", Money::format);
        wellFormed(svg);
        List<Double> widths = barWidths(svg);
        assertEquals(3, widths.size());
        assertEquals(widths.get(0) / 2, widths.get(1), 0.1);
        assertEquals(widths.get(0) / 4, widths.get(2), 0.1);
        assertTrue(svg.contains(Money.format(new BigDecimal("40000"))), "the value is written beside its bar");
    }

    @Test
    void accessibleAndWithoutStyleOrScript() throws Exception {
        String svg = SvgCharts.bars("geld", "Geld per categorie", "Toegekend en besteed", List.of("A"),
                List.of(new Series("Toegekend", values("1")), new Series("Besteed", values("2"))), "Bedrag", Money::format);
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"ikc-chart\" role=\"img\" id=\"geld\" "
                + "aria-labelledby=\"geld-title geld-desc\""));
        assertTrue(svg.contains("<title id=\"geld-title\">Geld per categorie</title>"));
        assertTrue(svg.contains("<desc id=\"geld-desc\">Toegekend en besteed</desc>"));
        assertTrue(svg.contains("url(#geld-p1)"), "the second series is hatched, not only another colour");
        assertTrue(svg.contains(">Besteed</text>"), "a legend");
        assertTrue(svg.contains(">Bedrag</text>"), "an axis label");
        assertFalse(svg.contains("style"));
        assertFalse(svg.contains("script"));
        assertFalse(svg.contains("href"));
        List<String> others = List.of(SvgCharts.lines("l", "t", "d", List.of("2025", "2026"),
                List.of(new Series("a", values("1", "2")), new Series("b", values(null, "3"))), "Jaar", Money::format),
                SvgCharts.profile("p", "t", "d", List.of("1. Visie", "2. Doelen"), List.of("Een", "Twee", "Drie"),
                        List.of(new Series("Voor", values("1", "2")), new Series("Nu", values("3", null)))));
        for (String s : others) {
            wellFormed(s);
            assertFalse(s.contains("style"));
            assertTrue(s.contains("role=\"img\""));
        }
    }

    @Test
    void zeroAndEmptyData() throws Exception {
        String zeros = SvgCharts.bars("z", "t", "d", List.of("A", "B"),
                List.of(new Series("Toegekend", values("0", "0"))), "Bedrag", Money::format);
        wellFormed(zeros);
        assertEquals(List.of(0.0, 0.0), barWidths(zeros));
        String empty = SvgCharts.bars("e", "t", "d", List.of(), List.of(new Series("Toegekend", List.of())), "Bedrag",
                Money::format);
        wellFormed(empty);
        assertTrue(empty.contains("Geen gegevens"));
        String lines = SvgCharts.lines("l", "t", "d", List.of(), List.of(new Series("a", List.of())), "Jaar", Money::format);
        wellFormed(lines);
        assertTrue(lines.contains("Geen gegevens"));
        String unknown = SvgCharts.bars("u", "t", "d", List.of("A"), List.of(new Series("Besteed", values((String) null))),
                "Bedrag", Money::format);
        assertTrue(unknown.contains(">onbekend</text>"));
    }

    @Test
    void everyTextIsEscaped() throws Exception {
        String svg = SvgCharts.bars("x\"><script>", "IKC <De Kim> & \"Co\"", "A & B", List.of("Jan & Piet <b>"),
                List.of(new Series("S'1 <x>", values("5"))), "<as>", Money::format);
        wellFormed(svg);
        assertFalse(svg.contains("<script"));
        assertFalse(svg.contains("<b>"));
        assertTrue(svg.contains("IKC &lt;De Kim&gt; &amp; &quot;Co&quot;"));
        assertTrue(svg.contains("Jan &amp; Piet &lt;b&gt;"));
        assertTrue(svg.contains("S&#39;1 &lt;x&gt;"));
        assertTrue(svg.contains("id=\"x---script-\""));
    }

    @Test
    void thePdfVariantCarriesTheAlternativeText() throws Exception {
        String svg = SvgCharts.withAlt(SvgCharts.bars("a", "Geld & meer", "Uitleg \"x\"", List.of("A"),
                List.of(new Series("S", values("1"))), "Bedrag", Money::format));
        wellFormed(svg);
        assertTrue(svg.startsWith("<svg alt=\"Geld &amp; meer. Uitleg &quot;x&quot;\" xmlns="));
    }

    @Test
    void theLineChartsAxisEndsOnARoundNumber() {
        org.junit.jupiter.api.Assertions.assertEquals(0, new java.math.BigDecimal("800000")
                .compareTo(SvgCharts.roundUp(new java.math.BigDecimal("750000.00"))));
        org.junit.jupiter.api.Assertions.assertEquals(0, new java.math.BigDecimal("1000000")
                .compareTo(SvgCharts.roundUp(new java.math.BigDecimal("850000"))));
        org.junit.jupiter.api.Assertions.assertEquals(0, new java.math.BigDecimal("80")
                .compareTo(SvgCharts.roundUp(new java.math.BigDecimal("72.5"))));
        org.junit.jupiter.api.Assertions.assertEquals(0, new java.math.BigDecimal("0.4")
                .compareTo(SvgCharts.roundUp(new java.math.BigDecimal("0.35"))));
        org.junit.jupiter.api.Assertions.assertEquals(0, new java.math.BigDecimal("100")
                .compareTo(SvgCharts.roundUp(new java.math.BigDecimal("100"))));
        org.junit.jupiter.api.Assertions.assertEquals(0, SvgCharts.roundUp(java.math.BigDecimal.ZERO).signum());
    }
}
