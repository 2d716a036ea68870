package nl.ikcregie.application;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.ikcregie.shared.web.PdfDocuments;

/**
 * The application as submitted, as PDF: the facts (reference, round, IKC, receipt), the plan, the
 * self-assessment, the budget and the names of the attachments. The zaaksysteem keeps it as the
 * incoming document of the zaak.
 */
@ApplicationScoped
public class ApplicationDocument {

    @CheckedTemplate(basePath = "application")
    static class Templates {
        static native TemplateInstance aanvraagPdf(SubsidyApplication application, DevelopmentCriteria criteria);
    }

    @Inject
    PdfDocuments pdfs;

    @Inject
    DevelopmentCriteria criteria;

    public byte[] pdf(SubsidyApplication application) {
        return pdfs.render(Templates.aanvraagPdf(application, criteria));
    }

    /** The file name when saved, e.g. {@code aanvraag-KVK-2026-0001.pdf}. */
    public static String filename(SubsidyApplication application) {
        return "aanvraag-" + application.reference + ".pdf";
    }
}
