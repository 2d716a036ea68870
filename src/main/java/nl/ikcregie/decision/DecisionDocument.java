package nl.ikcregie.decision;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.ikcregie.shared.ClockProducer;
import nl.ikcregie.shared.web.PdfDocuments;

/**
 * The decision letter (beschikking) as PDF: the outcome and amount, the grounds, the conditions
 * and obligations with their due dates, and the objection clause (six weeks, Awb 6:7). Rendered
 * from the recorded decision, which never changes, so the letter is the same every time.
 */
@ApplicationScoped
public class DecisionDocument {

    @CheckedTemplate(basePath = "decision")
    static class Templates {
        static native TemplateInstance beschikkingPdf(Decision decision, LocalDate receivedOn, BigDecimal refused);
    }

    @Inject
    PdfDocuments pdfs;

    public byte[] pdf(Decision decision) {
        LocalDate received = LocalDate.ofInstant(decision.application.submittedAt, ClockProducer.AMSTERDAM);
        return pdfs.render(Templates.beschikkingPdf(decision, received,
                decision.requestedAmount.subtract(decision.grantedAmount)));
    }

    /** The file name when saved, e.g. {@code beschikking-KVK-2026-0001-B1.pdf}. */
    public static String filename(Decision decision) {
        return "beschikking-" + decision.reference + ".pdf";
    }
}
