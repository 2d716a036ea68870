package nl.ikcregie.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import nl.ikcregie.shared.InvalidInputException;
import nl.ikcregie.shared.Roles;
import nl.ikcregie.shared.web.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** The application side of a round: start an application in it, and its overview. */
@Path("/api/v1/subsidierondes/{rondeId}")
@Tag(name = "Aanvragen")
public class RoundApplicationsResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Inject
    ApplicationService service;

    @Inject
    ApplicationResource applications;

    @POST
    @Path("/aanvragen")
    @RolesAllowed(Roles.AANVRAGER)
    @Operation(summary = "Een conceptaanvraag starten voor een IKC van het eigen schoolbestuur",
            description = "Met de kop Idempotency-Key is het starten te herhalen (na een time-out of een dubbele klik):"
                    + " een herhaling met dezelfde sleutel, ronde en IKC geeft 200 met de aanvraag die de eerste keer is"
                    + " gestart, in plaats van een tweede concept.")
    @APIResponse(responseCode = "201", description = "Gestart; de kop Location wijst naar de nieuwe aanvraag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Aanvraag.class)))
    @APIResponse(responseCode = "200", description = "Een herhaling met dezelfde Idempotency-Key: de aanvraag die toen is gestart.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Aanvraag.class)))
    @APIResponse(responseCode = "409", description = "De ronde is niet open, of de Idempotency-Key is al gebruikt voor een"
            + " andere aanvraag (een andere ronde, een ander IKC of een ander schoolbestuur); er is niets gestart.")
    public Response create(@RestPath long rondeId,
            @Parameter(description = "Een sleutel die de client per aanvraag kiest (bijvoorbeeld een UUID), ten hoogste "
                    + ApplicationService.MAX_CREATION_TOKEN + " tekens; een herhaling met dezelfde sleutel start geen"
                    + " tweede aanvraag.", schema = @Schema(type = SchemaType.STRING, maxLength = ApplicationService.MAX_CREATION_TOKEN))
            @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
            AanvraagInvoer input) {
        AanvraagInvoer body = Versions.orEmpty(input, AanvraagInvoer::new);
        if (idempotencyKey != null && idempotencyKey.strip().length() > ApplicationService.MAX_CREATION_TOKEN) {
            throw InvalidInputException.of(IDEMPOTENCY_KEY,
                    "Gebruik ten hoogste " + ApplicationService.MAX_CREATION_TOKEN + " tekens.");
        }
        ApplicationService.NewDraft draft = service.createDraft(rondeId, body.ikcId, idempotencyKey);
        Aanvraag application = applications.read(draft.id());
        if (draft.repeated()) {
            return Response.ok(application).build();
        }
        return Response.created(URI.create("/api/v1/aanvragen/" + application.id())).entity(application).build();
    }

    @GET
    @Path("/overzicht")
    @RolesAllowed({ Roles.PROJECTLEIDER, Roles.BESTUURDER })
    @Operation(summary = "De ronde in cijfers: aanvragen per status, aangevraagd tegen het plafond, aandachtsgebieden")
    public Rondeoverzicht overview(@RestPath long rondeId) {
        return Rondeoverzicht.of(service.overview(rondeId));
    }
}
