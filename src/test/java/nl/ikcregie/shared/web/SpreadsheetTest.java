package nl.ikcregie.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

class SpreadsheetTest {

    private static Spreadsheet sample() {
        Spreadsheet spreadsheet = new Spreadsheet();
        spreadsheet.table("Proef").text("Naam").integer("Jaar").money("Bedrag").decimal("Waarde").date("Datum")
                .dateTime("Moment")
                .row("Bisschop Möller; \"de\" school", 2026, new BigDecimal("12500.5"), new BigDecimal("-3.25"),
                        LocalDate.of(2026, 3, 31), Instant.parse("2026-03-31T08:15:00Z"))
                .row("=HYPERLINK(\"http://x\")", null, null, null, null, null)
                .row("regel een\nregel twee", 7L, new BigDecimal("-10"), 4, null, null);
        spreadsheet.table("Leeg").text("Alleen een kop");
        return spreadsheet;
    }

    @Test
    void theXlsxHasTypedCellsABoldHeaderAndEmptyCellsForNothing() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sample().writeXlsx(out);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()),
                new ReadingOptions(true, false))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertEquals(List.of("Proef", "Leeg"), sheets.stream().map(Sheet::getName).toList());
            List<Row> rows = sheets.get(0).read();
            assertEquals(4, rows.size());
            assertEquals("Naam", rows.get(0).getCell(0).asString());
            assertEquals("Moment", rows.get(0).getCell(5).asString());

            Row first = rows.get(1);
            assertEquals(CellType.STRING, first.getCell(0).getType());
            assertEquals("Bisschop Möller; \"de\" school", first.getCell(0).asString());
            assertEquals(CellType.NUMBER, first.getCell(1).getType());
            assertEquals(0, new BigDecimal("2026").compareTo(first.getCell(1).asNumber()));
            Cell money = first.getCell(2);
            assertEquals(CellType.NUMBER, money.getType());
            assertEquals(new BigDecimal("12500.50"), money.asNumber().setScale(2));
            assertEquals("#,##0.00", money.getDataFormatString());
            assertEquals(0, new BigDecimal("-3.25").compareTo(first.getCell(3).asNumber()));
            Cell date = first.getCell(4);
            assertEquals(CellType.NUMBER, date.getType());
            assertEquals("dd-mm-yyyy", date.getDataFormatString());
            assertEquals(LocalDateTime.of(2026, 3, 31, 0, 0), date.asDate());
            // 08:15 UTC is 10:15 in Amsterdam (summer time)
            assertEquals(LocalDateTime.of(2026, 3, 31, 10, 15), first.getCell(5).asDate());

            Row injected = rows.get(2);
            assertEquals(CellType.STRING, injected.getCell(0).getType());
            assertEquals("=HYPERLINK(\"http://x\")", injected.getCell(0).asString());
            assertNull(injected.getCell(0).getFormula());
            for (int c = 1; c < 6; c++) {
                assertTrue(injected.getOptionalCell(c).map(e -> e.getType() == CellType.EMPTY).orElse(true),
                        "cell " + c + " is empty");
            }
            assertEquals(1, sheets.get(1).read().size());
        }
    }

    @Test
    void theCsvIsUtf8WithBomSemicolonsQuotesAndIsoValues() throws IOException {
        Spreadsheet spreadsheet = sample();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Spreadsheet.writeCsv(spreadsheet.tables().get(0), out);
        byte[] bytes = out.toByteArray();
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertEquals("Naam;Jaar;Bedrag;Waarde;Datum;Moment\r\n"
                + "\"Bisschop Möller; \"\"de\"\" school\";2026;12500.50;-3.25;2026-03-31;2026-03-31T10:15:00+02:00\r\n"
                + "\"'=HYPERLINK(\"\"http://x\"\")\";;;;;\r\n"
                + "\"regel een\nregel twee\";7;-10.00;4;;\r\n", csv);
    }

    @Test
    void textThatASpreadsheetWouldRunGetsAnApostrophe() {
        for (String dangerous : List.of("=1+1", "+31 58", "-2", "@SUM(A1)", "\tx", "\rx")) {
            assertEquals("'" + dangerous, Spreadsheet.csvValue(Spreadsheet.Type.TEXT, dangerous));
        }
        assertEquals("Proloog", Spreadsheet.csvValue(Spreadsheet.Type.TEXT, "Proloog"));
        assertEquals("a=b", Spreadsheet.csvValue(Spreadsheet.Type.TEXT, "a=b"));
        // a negative number is a number, not a formula
        assertEquals("-5.00", Spreadsheet.csvValue(Spreadsheet.Type.MONEY, new BigDecimal("-5")));
        assertEquals("", Spreadsheet.csvValue(Spreadsheet.Type.DATE, null));
    }

    @Test
    void fieldsAreQuotedOnlyWhenNeeded() {
        assertEquals("plain", Spreadsheet.quoted("plain"));
        assertEquals("\"a;b\"", Spreadsheet.quoted("a;b"));
        assertEquals("\"a\"\"b\"", Spreadsheet.quoted("a\"b"));
        assertEquals("\"a\r\nb\"", Spreadsheet.quoted("a\r\nb"));
        assertEquals("a,b", Spreadsheet.quoted("a,b"));
    }

    @Test
    void aValueOfTheWrongTypeOrCountIsRefused() {
        Spreadsheet.Table table = new Spreadsheet().table("T").money("Bedrag").date("Datum");
        assertThrows(IllegalArgumentException.class, () -> table.row("12,50", null));
        assertThrows(IllegalArgumentException.class, () -> table.row(null, "2026-01-01"));
        assertThrows(IllegalArgumentException.class, () -> table.row(BigDecimal.ONE));
        assertThrows(IllegalArgumentException.class, () -> new Spreadsheet().table("Aanvragen/besluiten"));
    }
}
