package nl.ikcregie.shared.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import nl.ikcregie.shared.ClockProducer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Tables with typed columns for people's own analysis, written as a real spreadsheet (XLSX: numbers
 * as numbers, dates as dates) or as CSV. The rows are held once, as plain values; both writers
 * stream them to the response.
 *
 * <p>The CSV follows RFC 4180 with these choices, made for a Dutch projectleider who double-clicks
 * it in Excel as well as for an analyst reading it in R or Python:
 * <ul>
 * <li>UTF-8 with a byte order mark, so Excel shows é, ö and ú (Frisian names) right; R's readr and
 * pandas skip the mark.</li>
 * <li>Separator {@code ;}: a Dutch Excel splits the columns on it (it would not on a comma, its decimal
 * sign); in R {@code read.csv(f, sep = ";")} or {@code readr::read_delim(f, ";")}, in pandas
 * {@code pd.read_csv(f, sep=";")}.</li>
 * <li>Numbers with a dot as decimal sign and no thousands separator, dates ISO 8601
 * ({@code 2026-03-31}), date-times ISO 8601 with the Amsterdam offset: what every analysis tool reads
 * without locale settings. Excel in a Dutch locale may show such an amount as text; for Excel the XLSX
 * export is the one to use.</li>
 * <li>A header row; lines end with CRLF; a field with the separator, a quote, CR or LF is quoted, quotes
 * doubled; an empty field is a missing value.</li>
 * <li>Against formula injection (CSV injection): a text field starting with {@code = + - @}, a tab
 * or CR gets a leading apostrophe, so a spreadsheet never runs it as a formula. In the XLSX every
 * text is a string cell, never a formula.</li>
 * </ul>
 */
public final class Spreadsheet {

    public static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV_MEDIA_TYPE = "text/csv; charset=UTF-8";

    static final char SEPARATOR = ';';
    static final String MONEY_FORMAT = "#,##0.00";
    static final String INTEGER_FORMAT = "0";
    static final String PERCENT_FORMAT = "0.0%";
    static final String DATE_FORMAT = "dd-mm-yyyy";
    static final String DATETIME_FORMAT = "dd-mm-yyyy hh:mm";
    private static final Pattern UNSAFE_FILENAME = Pattern.compile("[^A-Za-z0-9._-]+");
    private static final int FLUSH_EVERY = 500;
    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;

    /** What a column holds; each maps to a cell type and a number format. */
    public enum Type {
        /** A string; guarded against formula injection. */
        TEXT,
        /** A whole number (Integer, Long), e.g. a year. */
        INTEGER,
        /** Euros as BigDecimal, two decimals. */
        MONEY,
        /** Any other number. */
        DECIMAL,
        /** A fraction (0.75 = 75%). */
        PERCENT,
        /** A LocalDate. */
        DATE,
        /** An Instant, shown in Europe/Amsterdam. */
        DATETIME
    }

    /** A column: its Dutch header and type. */
    public record Column(String header, Type type) {
    }

    /** One table: a sheet in the XLSX, a whole file as CSV. */
    public static final class Table {
        private final String name;
        private final List<Column> columns = new ArrayList<>();
        private final List<Object[]> rows = new ArrayList<>();

        Table(String name) {
            if (name.length() > 31 || name.matches(".*[\\[\\]:*?/\\\\].*")) {
                throw new IllegalArgumentException("Not a sheet name: " + name);
            }
            this.name = name;
        }

        public Table column(String header, Type type) {
            columns.add(new Column(header, type));
            return this;
        }

        public Table text(String header) {
            return column(header, Type.TEXT);
        }

        public Table integer(String header) {
            return column(header, Type.INTEGER);
        }

        public Table money(String header) {
            return column(header, Type.MONEY);
        }

        public Table decimal(String header) {
            return column(header, Type.DECIMAL);
        }

        public Table date(String header) {
            return column(header, Type.DATE);
        }

        public Table dateTime(String header) {
            return column(header, Type.DATETIME);
        }

        /** Adds a row; values in column order, null for an empty cell, of the column's type. */
        public Table row(Object... values) {
            if (values.length != columns.size()) {
                throw new IllegalArgumentException("Expected " + columns.size() + " values in " + name + ", got "
                        + values.length);
            }
            for (int c = 0; c < values.length; c++) {
                check(columns.get(c), values[c]);
            }
            rows.add(values);
            return this;
        }

        public String name() {
            return name;
        }

        public List<Column> columns() {
            return List.copyOf(columns);
        }

        public List<Object[]> rows() {
            return rows.stream().map(r -> Arrays.copyOf(r, r.length)).toList();
        }

        private static void check(Column column, Object value) {
            if (value == null) {
                return;
            }
            boolean fits = switch (column.type()) {
                case TEXT -> value instanceof String || value instanceof Enum<?>;
                case INTEGER -> value instanceof Integer || value instanceof Long;
                case MONEY, DECIMAL, PERCENT -> value instanceof Number;
                case DATE -> value instanceof LocalDate;
                case DATETIME -> value instanceof Instant;
            };
            if (!fits) {
                throw new IllegalArgumentException("Column " + column.header() + " is " + column.type() + ", not "
                        + value.getClass().getSimpleName());
            }
        }
    }

    private final List<Table> tables = new ArrayList<>();

    /** Adds a table (a sheet) with a name of at most 31 characters. */
    public Table table(String name) {
        Table table = new Table(name);
        tables.add(table);
        return table;
    }

    public List<Table> tables() {
        return List.copyOf(tables);
    }

    /** The whole spreadsheet as an XLSX download named {@code filename}. */
    public Response xlsx(String filename) {
        StreamingOutput body = this::writeXlsx;
        return download(body, XLSX_MEDIA_TYPE, filename);
    }

    /** One table as a CSV download named {@code filename}. */
    public Response csv(Table table, String filename) {
        StreamingOutput body = out -> writeCsv(table, out);
        return download(body, CSV_MEDIA_TYPE, filename);
    }

    private static Response download(StreamingOutput body, String mediaType, String filename) {
        return Response.ok(body, mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + UNSAFE_FILENAME.matcher(filename)
                        .replaceAll("-") + "\"").build();
    }

    // ---- XLSX ---------------------------------------------------------------------------------

    /** Writes every table as a sheet: bold frozen header, autofilter, widths from the content. */
    public void writeXlsx(OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "IKC Regie", "1.0");
        for (Table table : tables) {
            Worksheet sheet = workbook.newWorksheet(table.name);
            int columns = table.columns.size();
            for (int c = 0; c < columns; c++) {
                sheet.value(0, c, table.columns.get(c).header());
                sheet.style(0, c).bold().set();
                sheet.width(c, width(table, c));
            }
            sheet.freezePane(0, 1);
            if (columns > 0) {
                sheet.setAutoFilter(0, 0, columns - 1);
            }
            for (int r = 0; r < table.rows.size(); r++) {
                Object[] row = table.rows.get(r);
                for (int c = 0; c < columns; c++) {
                    cell(sheet, r + 1, c, table.columns.get(c).type(), row[c]);
                }
                if ((r + 1) % FLUSH_EVERY == 0) {
                    sheet.flush();
                }
            }
            sheet.finish();
        }
        workbook.finish();
    }

    private static void cell(Worksheet sheet, int r, int c, Type type, Object value) {
        if (value == null) {
            return;
        }
        switch (type) {
            // a string cell: never a formula, whatever it starts with
            case TEXT -> sheet.value(r, c, text(value));
            case INTEGER -> {
                sheet.value(r, c, (Number) value);
                sheet.style(r, c).format(INTEGER_FORMAT).set();
            }
            case MONEY -> {
                sheet.value(r, c, money((Number) value));
                sheet.style(r, c).format(MONEY_FORMAT).set();
            }
            case DECIMAL -> sheet.value(r, c, decimal((Number) value));
            case PERCENT -> {
                sheet.value(r, c, decimal((Number) value));
                sheet.style(r, c).format(PERCENT_FORMAT).set();
            }
            case DATE -> {
                sheet.value(r, c, (LocalDate) value);
                sheet.style(r, c).format(DATE_FORMAT).set();
            }
            case DATETIME -> {
                sheet.value(r, c, LocalDateTime.ofInstant((Instant) value, ClockProducer.AMSTERDAM));
                sheet.style(r, c).format(DATETIME_FORMAT).set();
            }
        }
    }

    /** About the width of the longest value shown, within bounds, in characters. */
    private static double width(Table table, int c) {
        Column column = table.columns.get(c);
        int longest = column.header().length() + 3; // room for the autofilter button
        for (Object[] row : table.rows) {
            Object value = row[c];
            if (value != null) {
                int shown = switch (column.type()) {
                    case MONEY -> money((Number) value).toPlainString().length() * 4 / 3 + 1;
                    case DATE -> 10;
                    case DATETIME -> 16;
                    default -> text(value).length();
                };
                longest = Math.max(longest, shown);
            }
        }
        return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, longest + 1));
    }

    // ---- CSV ----------------------------------------------------------------------------------

    /** Writes one table as CSV (see the class comment for the choices). */
    public static void writeCsv(Table table, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        List<String> header = table.columns.stream().map(Column::header).toList();
        writeLine(writer, header.toArray());
        for (Object[] row : table.rows) {
            String[] fields = new String[row.length];
            for (int c = 0; c < row.length; c++) {
                fields[c] = csvValue(table.columns.get(c).type(), row[c]);
            }
            writeLine(writer, fields);
        }
        writer.flush();
    }

    private static void writeLine(Writer writer, Object[] fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                writer.write(SEPARATOR);
            }
            writer.write(quoted(fields[i] == null ? "" : fields[i].toString()));
        }
        writer.write("\r\n");
    }

    static String csvValue(Type type, Object value) {
        if (value == null) {
            return "";
        }
        return switch (type) {
            case TEXT -> defused(text(value));
            case INTEGER -> value.toString();
            case MONEY -> money((Number) value).toPlainString();
            case DECIMAL, PERCENT -> decimal((Number) value).toPlainString();
            case DATE -> ((LocalDate) value).format(DateTimeFormatter.ISO_LOCAL_DATE);
            case DATETIME -> ((Instant) value).atZone(ClockProducer.AMSTERDAM).toOffsetDateTime()
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        };
    }

    /** A text a spreadsheet would take for a formula gets a leading apostrophe (OWASP CSV injection). */
    static String defused(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    static String quoted(String field) {
        if (field.indexOf(SEPARATOR) >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0) {
            return '"' + field.replace("\"", "\"\"") + '"';
        }
        return field;
    }

    private static String text(Object value) {
        return value instanceof Enum<?> e ? e.name() : value.toString();
    }

    private static BigDecimal money(Number value) {
        return decimal(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal decimal(Number value) {
        return value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
    }
}
