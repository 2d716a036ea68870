package nl.ikcregie.monitoring;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import nl.ikcregie.shared.web.PdfDocuments;

/** The monitoring report as a PDF: the same figures and chart SVGs as the page, each chart with its table. */
@ApplicationScoped
public class MonitoringDocument {

    @CheckedTemplate(basePath = "monitoring")
    static class Templates {
        static native TemplateInstance monitoringPdf(MonitoringFigures f, MonitoringCharts charts, LocalDate date);
    }

    @Inject
    MonitoringService service;

    @Inject
    PdfDocuments pdfs;

    @Inject
    Clock clock;

    public byte[] pdf(int year) {
        MonitoringFigures figures = service.figures(year);
        return pdfs.render(Templates.monitoringPdf(figures, MonitoringCharts.of(figures, null).forPdf(), LocalDate.now(clock)));
    }

    public static String filename(int year) {
        return "monitoring-kansen-voor-kinderen-" + year + ".pdf";
    }
}
