package nl.ikcregie.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.ikcregie.shared.web.PdfDocuments;

/**
 * The settlement letter (vaststellingsbeschikking) as PDF: the grant, what was spent, the final
 * amount and its grounds, the advances offset and what is reclaimed (within six weeks, Awb 4:57) or
 * still paid, and the objection clause (Awb 6:7). Rendered from the recorded settlement, which never
 * changes, so the letter is the same every time.
 */
@ApplicationScoped
public class SettlementDocument {

    @CheckedTemplate(basePath = "report")
    static class Templates {
        static native TemplateInstance vaststellingPdf(Settlement settlement);
    }

    @Inject
    PdfDocuments pdfs;

    public byte[] pdf(Settlement settlement) {
        return pdfs.render(Templates.vaststellingPdf(settlement));
    }

    /** The file name when saved, e.g. {@code vaststelling-KVK-2026-0001-V.pdf}. */
    public static String filename(Settlement settlement) {
        return "vaststelling-" + settlement.reference + ".pdf";
    }
}
