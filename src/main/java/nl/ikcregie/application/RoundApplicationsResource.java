package nl.ikcregie.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import nl.ikcregie.shared.Roles;
import nl.ikcregie.shared.web.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** The application side of a round: start an application in it, and its overview. */
@Path("/api/v1/subsidierondes/{rondeId}")
@Tag(name = "Aanvragen")
public class RoundApplicationsResource {

    @Inject
    ApplicationService service;

    @Inject
    ApplicationResource applications;

    @POST
    @Path("/aanvragen")
    @RolesAllowed(Roles.AANVRAGER)
    @Operation(summary = "Een conceptaanvraag starten voor een IKC van het eigen schoolbestuur")
    public Response create(@RestPath long rondeId, AanvraagInvoer input) {
        AanvraagInvoer body = Versions.orEmpty(input, AanvraagInvoer::new);
        Aanvraag created = applications.read(service.createDraft(rondeId, body.ikcId).id);
        return Response.created(URI.create("/api/v1/aanvragen/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/overzicht")
    @RolesAllowed({ Roles.PROJECTLEIDER, Roles.BESTUURDER })
    @Operation(summary = "De ronde in cijfers: aanvragen per status, aangevraagd tegen het plafond, aandachtsgebieden")
    public Rondeoverzicht overview(@RestPath long rondeId) {
        return Rondeoverzicht.of(service.overview(rondeId));
    }
}
