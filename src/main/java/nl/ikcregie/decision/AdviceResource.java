package nl.ikcregie.decision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.ikcregie.shared.Roles;
import nl.ikcregie.shared.web.ActieInvoer;
import nl.ikcregie.shared.web.PdfDocuments;
import nl.ikcregie.shared.web.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api/v1/subsidierondes/{rondeId}")
@Tag(name = "Advies", description = "Het advies aan het college van B&W")
@RolesAllowed({ Roles.PROJECTLEIDER, Roles.BESTUURDER })
public class AdviceResource {

    static final String NOT_CLOSED = "De ronde is nog niet gesloten; een advies volgt pas daarna.";

    @Inject
    AdviceService service;

    @Inject
    AdviceDocument document;

    @GET
    @Path("/advies")
    @Operation(summary = "Het advies zoals het nu staat: gerangschikte aanvragen met geadviseerde bedragen en toelichting")
    @APIResponse(responseCode = "200", description = "Het advies.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Advies.class)))
    @APIResponse(responseCode = "409", description = NOT_CLOSED)
    public Advies advice(@RestPath long rondeId) {
        return service.advice(rondeId);
    }

    @GET
    @Path("/advies.pdf")
    @Produces(PdfDocuments.MEDIA_TYPE)
    @Operation(summary = "Het advies als PDF voor het college van B&W: verdeelregels, rangschikking, totalen en per aanvraag de toelichting, het plan in het kort en de consensus van de commissie")
    @APIResponse(responseCode = "200", description = "Het advies als PDF (A4).",
            content = @Content(mediaType = PdfDocuments.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "409", description = NOT_CLOSED)
    public Response advicePdf(@RestPath long rondeId) {
        return PdfDocuments.inline(document.pdf(rondeId), AdviceDocument.filename(rondeId));
    }

    @POST
    @Path("/advies/vaststelling")
    @RolesAllowed(Roles.PROJECTLEIDER)
    @Operation(summary = "Het advies vaststellen voor het college (versie van de ronde): het ligt dan vast, de ronde is GEADVISEERD")
    public Advies establish(@RestPath long rondeId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ActieInvoer input) {
        return service.establish(rondeId, Versions.of(input, ifMatch));
    }
}
