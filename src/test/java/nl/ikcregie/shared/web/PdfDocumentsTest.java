package nl.ikcregie.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Variant;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.ikcregie.PdfText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PdfDocumentsTest {

    /** A document on the shared layout, as a feature's template would be. */
    static final String DOCUMENT = """
            {#include pdf/document}
            {#title}Proefdocument{/title}
            <h1>{ikc}</h1>
            <p>Geadviseerd: {amount.euro}</p>
            <p class="user-text">{typed}</p>
            <img src="http://example.invalid/logo.png" alt="Logo" />
            <table>
              <thead><tr><th scope="col">Kolomkop IKC</th><th scope="col" class="money">Bedrag</th></tr></thead>
              <tbody>
              {#for row in rows}<tr><td>Regel {row}</td><td class="money">{amount.euro}</td></tr>{/for}
              </tbody>
            </table>
            {/include}
            """;

    @Inject
    PdfDocuments pdfs;

    @Inject
    Engine engine;

    @Test
    void aDocumentPrintsFrisianNamesAmountsAndTypedHtmlAsText() throws IOException {
        List<Integer> rows = new ArrayList<>();
        for (int i = 1; i <= 90; i++) {
            rows.add(i);
        }
        byte[] pdf = pdfs.render(engine.parse(DOCUMENT, Variant.forContentType(Variant.TEXT_HTML)).instance()
                .data("ikc", "IKC De Wâldrâne, It Skriuwboerd en Bisschop Möller Stichting (ô, ú)")
                .data("amount", new BigDecimal("12500.00"))
                .data("typed", "<b>vet</b> & <script>alert(1)</script>")
                .data("rows", rows));

        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = text(document, 1, document.getNumberOfPages());
            assertTrue(text.contains("IKC De Wâldrâne, It Skriuwboerd en Bisschop Möller Stichting (ô, ú)"), text);
            assertTrue(text.contains("Geadviseerd: € 12.500,00"), text);
            assertTrue(text.contains("<b>vet</b> & <script>alert(1)</script>"), text);
            assertTrue(text.contains("Gemeente Leeuwarden — Kansen voor Kinderen"), text);
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 2, "pages: " + pages);
            assertTrue(text.contains("Pagina 1 van " + pages), text);
            // the table's header row comes back on the next page
            assertTrue(text(document, 2, 2).contains("Kolomkop IKC"), text(document, 2, 2));
            assertEquals("Proefdocument", document.getDocumentInformation().getTitle());
            for (PDPage page : document.getPages()) {
                for (COSName font : page.getResources().getFontNames()) {
                    String name = page.getResources().getFont(font).getName();
                    assertTrue(name.contains("DejaVuSans"), "font " + name);
                }
            }
        }
    }

    @Test
    void aDocumentThatIsNotWellFormedFailsWithoutAHalfPdf() {
        assertThrows(PdfDocuments.RenderingFailed.class, () -> pdfs.render("<html><body><p>open"));
    }

    @Test
    void controlCharactersPastedIntoTextDoNotBreakTheDocument() throws IOException {
        byte[] pdf = pdfs.render(engine.parse("{#include pdf/document}<p>{typed}</p>{/include}",
                Variant.forContentType(Variant.TEXT_HTML)).data("typed", "Plan\u000b met \u0001tekens").render());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(text(document, 1, 1).contains("Plan met tekens"));
        }
    }

    @Test
    void theFileNameNeedsNoQuoting() {
        assertEquals("advies-ronde-12.pdf", PdfDocuments.safeFilename("advies-ronde-12.pdf"));
        assertEquals("a-b-.pdf", PdfDocuments.safeFilename("a\"b\r\n.pdf"));
        assertEquals("document.pdf", PdfDocuments.safeFilename(null));
    }

    private static String text(PDDocument document, int from, int to) throws IOException {
        return PdfText.of(document, from, to);
    }
}
