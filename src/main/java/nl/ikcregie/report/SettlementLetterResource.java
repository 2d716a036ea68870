package nl.ikcregie.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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

@Path("/api/v1/vaststellingen/{vaststellingId}")
@Tag(name = "Vaststellingen")
public class SettlementLetterResource {

    @Inject
    SettlementService service;

    @Inject
    SettlementDocument document;

    @GET
    @RolesAllowed({ Roles.PROJECTLEIDER, Roles.BESTUURDER, Roles.BEHEERDER, Roles.AANVRAGER })
    @Operation(summary = "Een vaststelling")
    public Vaststelling get(@RestPath long vaststellingId) {
        return Vaststelling.of(service.get(vaststellingId));
    }

    @GET
    @Path("/vaststelling.pdf")
    @Produces(PdfDocuments.MEDIA_TYPE)
    @RolesAllowed({ Roles.PROJECTLEIDER, Roles.BESTUURDER, Roles.BEHEERDER, Roles.AANVRAGER })
    @Operation(summary = "De vaststellingsbeschikking als PDF: bedragen, motivering, terugvordering of betaling en bezwaarclausule")
    @APIResponse(responseCode = "200", description = "De vaststellingsbeschikking als PDF (A4).",
            content = @Content(mediaType = PdfDocuments.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response letter(@RestPath long vaststellingId) {
        Settlement settlement = service.get(vaststellingId);
        return PdfDocuments.inline(document.pdf(settlement), SettlementDocument.filename(settlement));
    }
}
