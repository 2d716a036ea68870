package nl.ikcregie.decision;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.ikcregie.shared.web.PdfDocuments;

/** The advice to the college as a printable PDF (the same rules and figures as the advice page and JSON). */
@ApplicationScoped
public class AdviceDocument {

    @CheckedTemplate(basePath = "decision")
    static class Templates {
        static native TemplateInstance adviesPdf(AdviceReport report);
    }

    @Inject
    AdviceService service;

    @Inject
    PdfDocuments pdfs;

    public byte[] pdf(long roundId) {
        return pdfs.render(Templates.adviesPdf(service.report(roundId)));
    }

    /** The file name the college sees when saving it, e.g. {@code advies-ikc-commissie-ronde-12.pdf}. */
    public static String filename(long roundId) {
        return "advies-ikc-commissie-ronde-" + roundId + ".pdf";
    }
}
