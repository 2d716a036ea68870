package nl.ikcregie;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a PDF's text back with PDFBox, as a person would copy it, for assertions. */
public final class PdfText {

    private PdfText() {
    }

    /** All text of the PDF, every run of white space (line ends, non-breaking spaces) as one space. */
    public static String of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return of(document, 1, document.getNumberOfPages());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of pages {@code from} to {@code to}, white space as in {@link #of(byte[])}. */
    public static String of(PDDocument document, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }
}
