package nl.ikcregie.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Charts as SVG markup for the monitoring page and its PDF, from plain numbers. We draw our own
 * instead of using JFreeChart and the like: those need AWT fonts on the server and emit inline
 * {@code style} attributes, which our Content-Security-Policy ({@code style-src 'self'}) forbids.
 * Only presentation attributes (fill, stroke, x, y, width, font-size) and CSS classes; no script,
 * no external reference. Every chart is {@code <svg role="img" aria-labelledby>} with a title and a
 * description, and every text is escaped here, so a template may print the result raw. Colours have at
 * least 3:1 contrast against white and each series also differs without colour: solid, hatched or
 * dotted bars and round, square or triangular line markers with solid, dashed or dotted lines, plus a
 * legend and the values written beside the bars.
 */
public final class SvgCharts {

    /** Dark blue 9.4:1, rust 6.6:1, green 6.1:1 against white. */
    static final List<String> COLOURS = List.of("#1f4e79", "#a04000", "#3b6e22");
    static final List<String> DASHES = List.of("", "8 4", "2 3");
    static final String TEXT = "#1a1a1a";
    static final String FONT = "DejaVu Sans, Verdana, sans-serif";
    static final int WIDTH = 720;
    private static final Pattern UNSAFE_ID = Pattern.compile("[^a-z0-9-]");

    /** One named row of values; a null value is not known (no bar, a gap in a line). */
    public record Series(String name, List<BigDecimal> values) {
    }

    private SvgCharts() {
    }

    /**
     * Horizontal grouped bars: one group per category, one bar per series, length proportional to the
     * value against the largest value; the value written at the end of each bar.
     */
    public static String bars(String id, String title, String description, List<String> categories, List<Series> series,
            String axisLabel, Function<BigDecimal, String> format) {
        String key = safeId(id);
        int labelWidth = 210;
        int x0 = labelWidth + 10;
        int plotWidth = WIDTH - x0 - 130;
        int barHeight = 16;
        int groupHeight = Math.max(1, series.size()) * (barHeight + 2) + 12;
        int top = 46;
        int height = top + Math.max(1, categories.size()) * groupHeight + 40;
        BigDecimal max = max(series);
        StringBuilder svg = open(key, title, description, height);
        defs(svg, key, series.size());
        legend(svg, key, series, false);
        svg.append("<line x1=\"").append(x0).append("\" y1=\"").append(top - 4).append("\" x2=\"").append(x0)
                .append("\" y2=\"").append(height - 36).append("\" stroke=\"").append(TEXT).append("\" stroke-width=\"1\"/>");
        if (categories.isEmpty()) {
            text(svg, x0 + 10, top + 16, "start", 12, "Geen gegevens");
        }
        for (int c = 0; c < categories.size(); c++) {
            int groupTop = top + c * groupHeight;
            text(svg, labelWidth, groupTop + groupHeight / 2 - 2, "end", 12, shorten(categories.get(c), 32));
            for (int s = 0; s < series.size(); s++) {
                BigDecimal value = valueAt(series.get(s), c);
                int y = groupTop + s * (barHeight + 2);
                double length = length(value, max, plotWidth);
                svg.append("<rect class=\"ikc-chart__bar\" x=\"").append(x0).append("\" y=\"").append(y)
                        .append("\" width=\"").append(fmt(length)).append("\" height=\"").append(barHeight)
                        .append("\" fill=\"").append(fill(key, s)).append("\" stroke=\"").append(colour(s))
                        .append("\" stroke-width=\"1\"/>");
                text(svg, x0 + length + 4, y + barHeight - 4, "start", 11,
                        value == null ? "onbekend" : format.apply(value));
            }
        }
        text(svg, x0 + plotWidth / 2.0, height - 12, "middle", 12, axisLabel);
        return svg.append("</svg>").toString();
    }

    /** Lines over the x labels (years), with markers; the y axis from 0 to the largest value with four grid lines. */
    public static String lines(String id, String title, String description, List<String> xLabels, List<Series> series,
            String axisLabel, Function<BigDecimal, String> format) {
        String key = safeId(id);
        int height = 320;
        int x0 = 120;
        int x1 = WIDTH - 30;
        int yTop = 50;
        int yBottom = height - 60;
        BigDecimal max = roundUp(max(series));
        StringBuilder svg = open(key, title, description, height);
        legend(svg, key, series, true);
        for (int t = 0; t <= 4; t++) {
            double y = yBottom - (yBottom - yTop) * t / 4.0;
            BigDecimal tick = max.multiply(BigDecimal.valueOf(t)).divide(BigDecimal.valueOf(4), 2, RoundingMode.HALF_UP);
            svg.append("<line x1=\"").append(x0).append("\" y1=\"").append(fmt(y)).append("\" x2=\"").append(x1)
                    .append("\" y2=\"").append(fmt(y)).append("\" stroke=\"").append(t == 0 ? TEXT : "#767676")
                    .append("\" stroke-width=\"").append(t == 0 ? "1" : "0.5").append("\"/>");
            text(svg, x0 - 6, y + 4, "end", 11, format.apply(tick));
        }
        svg.append("<line x1=\"").append(x0).append("\" y1=\"").append(yTop).append("\" x2=\"").append(x0)
                .append("\" y2=\"").append(yBottom).append("\" stroke=\"").append(TEXT).append("\" stroke-width=\"1\"/>");
        int n = xLabels.size();
        if (n == 0) {
            text(svg, (x0 + x1) / 2.0, (yTop + yBottom) / 2.0, "middle", 12, "Geen gegevens");
        }
        for (int i = 0; i < n; i++) {
            text(svg, xAt(i, n, x0, x1), yBottom + 18, "middle", 11, xLabels.get(i));
        }
        for (int s = 0; s < series.size(); s++) {
            StringBuilder path = new StringBuilder();
            boolean pen = false;
            for (int i = 0; i < n; i++) {
                BigDecimal value = valueAt(series.get(s), i);
                if (value == null) {
                    pen = false;
                    continue;
                }
                double x = xAt(i, n, x0, x1);
                double y = yBottom - length(value, max, yBottom - yTop);
                path.append(pen ? " L" : (path.isEmpty() ? "M" : " M")).append(fmt(x)).append(',').append(fmt(y));
                pen = true;
            }
            if (!path.isEmpty()) {
                svg.append("<path class=\"ikc-chart__line\" d=\"").append(path).append("\" fill=\"none\" stroke=\"")
                        .append(colour(s)).append("\" stroke-width=\"2\"").append(dash(s)).append("/>");
            }
            for (int i = 0; i < n; i++) {
                BigDecimal value = valueAt(series.get(s), i);
                if (value != null) {
                    marker(svg, s, xAt(i, n, x0, x1), yBottom - length(value, max, yBottom - yTop));
                }
            }
        }
        text(svg, (x0 + x1) / 2.0, height - 12, "middle", 12, axisLabel);
        return svg.append("</svg>").toString();
    }

    /**
     * A profile over criteria: one row per criterion, the levels 1..{@code levels.size()} across, one
     * marked line per series (e.g. the level before and now).
     */
    public static String profile(String id, String title, String description, List<String> criteria, List<String> levels,
            List<Series> series) {
        String key = safeId(id);
        int rowHeight = 26;
        int top = 70;
        int x0 = 250;
        int x1 = WIDTH - 40;
        int height = top + Math.max(1, criteria.size()) * rowHeight + 20;
        StringBuilder svg = open(key, title, description, height);
        legend(svg, key, series, true);
        int steps = Math.max(1, levels.size() - 1);
        for (int l = 0; l < levels.size(); l++) {
            double x = x0 + (x1 - x0) * l / (double) steps;
            svg.append("<line x1=\"").append(fmt(x)).append("\" y1=\"").append(top - 6).append("\" x2=\"").append(fmt(x))
                    .append("\" y2=\"").append(height - 20).append("\" stroke=\"#767676\" stroke-width=\"0.5\"/>");
            text(svg, x, top - 12, "middle", 10, (l + 1) + " " + levels.get(l));
        }
        for (int c = 0; c < criteria.size(); c++) {
            text(svg, x0 - 10, top + c * rowHeight + rowHeight / 2.0 + 4, "end", 11, shorten(criteria.get(c), 36));
        }
        for (int s = 0; s < series.size(); s++) {
            StringBuilder path = new StringBuilder();
            boolean pen = false;
            for (int c = 0; c < criteria.size(); c++) {
                BigDecimal value = valueAt(series.get(s), c);
                if (value == null) {
                    pen = false;
                    continue;
                }
                double x = x0 + (x1 - x0) * (value.doubleValue() - 1) / steps;
                double y = top + c * rowHeight + rowHeight / 2.0;
                path.append(pen ? " L" : (path.isEmpty() ? "M" : " M")).append(fmt(x)).append(',').append(fmt(y));
                pen = true;
                marker(svg, s, x, y);
            }
            if (!path.isEmpty()) {
                svg.append("<path class=\"ikc-chart__line\" d=\"").append(path).append("\" fill=\"none\" stroke=\"")
                        .append(colour(s)).append("\" stroke-width=\"2\"").append(dash(s)).append("/>");
            }
        }
        if (criteria.isEmpty()) {
            text(svg, (x0 + x1) / 2.0, top + 16, "middle", 12, "Geen gegevens");
        }
        return svg.append("</svg>").toString();
    }

    private static final Pattern TITLE = Pattern.compile("<title id=\"[^\"]*\">([^<]*)</title>");

    /**
     * The chart for a PDF/UA document: openhtmltopdf tags an inline SVG as a figure and takes its
     * alternative text from an {@code alt} attribute, here the chart's (already escaped) title and description.
     */
    public static String withAlt(String svg) {
        java.util.regex.Matcher title = TITLE.matcher(svg);
        if (!svg.startsWith("<svg ") || !title.find()) {
            return svg;
        }
        java.util.regex.Matcher desc = Pattern.compile("<desc id=\"[^\"]*\">([^<]*)</desc>").matcher(svg);
        String alt = title.group(1) + (desc.find() ? ". " + desc.group(1) : "");
        return "<svg alt=\"" + alt + "\" " + svg.substring("<svg ".length());
    }

    /** Text safe inside SVG/XHTML content and attribute values. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    private static StringBuilder open(String key, String title, String description, int height) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"ikc-chart\" role=\"img\" id=\"").append(key)
                .append("\" aria-labelledby=\"").append(key).append("-title ").append(key).append("-desc\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" font-family=\"").append(FONT).append("\">");
        svg.append("<title id=\"").append(key).append("-title\">").append(escape(title)).append("</title>");
        svg.append("<desc id=\"").append(key).append("-desc\">").append(escape(description)).append("</desc>");
        svg.append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" fill=\"#ffffff\"/>");
        return svg;
    }

    /** Hatched and dotted fills for the second and third series, so bars differ without colour. */
    private static void defs(StringBuilder svg, String key, int count) {
        if (count < 2) {
            return;
        }
        svg.append("<defs>");
        svg.append("<pattern id=\"").append(key).append("-p1\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\">")
                .append("<rect x=\"0\" y=\"0\" width=\"6\" height=\"6\" fill=\"#ffffff\"/>")
                .append("<path d=\"M0,6 L6,0 M-1,1 L1,-1 M5,7 L7,5\" stroke=\"").append(colour(1))
                .append("\" stroke-width=\"2\"/></pattern>");
        svg.append("<pattern id=\"").append(key).append("-p2\" patternUnits=\"userSpaceOnUse\" width=\"5\" height=\"5\">")
                .append("<rect x=\"0\" y=\"0\" width=\"5\" height=\"5\" fill=\"#ffffff\"/>")
                .append("<circle cx=\"2.5\" cy=\"2.5\" r=\"1.5\" fill=\"").append(colour(2)).append("\"/></pattern>");
        svg.append("</defs>");
    }

    private static void legend(StringBuilder svg, String key, List<Series> series, boolean line) {
        double x = 10;
        for (int s = 0; s < series.size(); s++) {
            if (line) {
                svg.append("<line x1=\"").append(fmt(x)).append("\" y1=\"20\" x2=\"").append(fmt(x + 28))
                        .append("\" y2=\"20\" stroke=\"").append(colour(s)).append("\" stroke-width=\"2\"").append(dash(s))
                        .append("/>");
                marker(svg, s, x + 14, 20);
            } else {
                svg.append("<rect x=\"").append(fmt(x)).append("\" y=\"12\" width=\"28\" height=\"16\" fill=\"")
                        .append(fill(key, s)).append("\" stroke=\"").append(colour(s)).append("\" stroke-width=\"1\"/>");
            }
            String name = series.get(s).name();
            text(svg, x + 34, 25, "start", 12, name);
            x += 34 + 7.5 * name.length() + 24;
        }
    }

    private static void marker(StringBuilder svg, int s, double x, double y) {
        String colour = colour(s);
        switch (s % 3) {
            case 0 -> svg.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y))
                    .append("\" r=\"4.5\" fill=\"").append(colour).append("\"/>");
            case 1 -> svg.append("<rect x=\"").append(fmt(x - 4.5)).append("\" y=\"").append(fmt(y - 4.5))
                    .append("\" width=\"9\" height=\"9\" fill=\"#ffffff\" stroke=\"").append(colour)
                    .append("\" stroke-width=\"2\"/>");
            default -> svg.append("<path d=\"M").append(fmt(x)).append(',').append(fmt(y - 5.5)).append(" L")
                    .append(fmt(x + 5.5)).append(',').append(fmt(y + 4.5)).append(" L").append(fmt(x - 5.5)).append(',')
                    .append(fmt(y + 4.5)).append(" Z\" fill=\"").append(colour).append("\"/>");
        }
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, int size, String content) {
        svg.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" text-anchor=\"").append(anchor)
                .append("\" font-size=\"").append(size).append("\" fill=\"").append(TEXT).append("\">")
                .append(escape(content)).append("</text>");
    }

    static double length(BigDecimal value, BigDecimal max, double full) {
        if (value == null || max.signum() <= 0 || value.signum() <= 0) {
            return 0;
        }
        return value.doubleValue() / max.doubleValue() * full;
    }

    /**
     * The axis maximum: the largest value rounded up to 1, 2, 4 or 8 times a power of ten, so the four grid
     * lines fall on round numbers (750,000 gives 800,000 and lines at every 200,000).
     */
    static BigDecimal roundUp(BigDecimal max) {
        if (max.signum() <= 0) {
            return max;
        }
        BigDecimal power = BigDecimal.ONE.movePointRight(max.precision() - max.scale() - 1);
        for (int step : new int[] { 1, 2, 4, 8, 10 }) {
            BigDecimal candidate = power.multiply(BigDecimal.valueOf(step));
            if (candidate.compareTo(max) >= 0) {
                return candidate.stripTrailingZeros();
            }
        }
        return power.multiply(BigDecimal.TEN);
    }

    private static BigDecimal max(List<Series> series) {
        return series.stream().flatMap(s -> s.values().stream()).filter(Objects::nonNull).reduce(BigDecimal.ZERO,
                BigDecimal::max);
    }

    private static BigDecimal valueAt(Series series, int index) {
        return index < series.values().size() ? series.values().get(index) : null;
    }

    private static double xAt(int i, int n, int x0, int x1) {
        return n <= 1 ? (x0 + x1) / 2.0 : x0 + 20 + (x1 - x0 - 40) * i / (double) (n - 1);
    }

    private static String colour(int s) {
        return COLOURS.get(s % COLOURS.size());
    }

    private static String fill(String key, int s) {
        return switch (s % 3) {
            case 0 -> colour(s);
            case 1 -> "url(#" + key + "-p1)";
            default -> "url(#" + key + "-p2)";
        };
    }

    private static String dash(int s) {
        String dash = DASHES.get(s % DASHES.size());
        return dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"";
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String safeId(String id) {
        String safe = UNSAFE_ID.matcher(id.toLowerCase(Locale.ROOT)).replaceAll("-");
        return safe.isEmpty() || !Character.isLetter(safe.charAt(0)) ? "chart-" + safe : safe;
    }

    private static String fmt(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
