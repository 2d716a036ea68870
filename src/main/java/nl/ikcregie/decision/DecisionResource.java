package nl.ikcregie.decision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.ikcregie.shared.Roles;
import nl.ikcregie.shared.web.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api/v1/aanvragen/{aanvraagId}/besluiten")
@Tag(name = "Besluiten", description = "De besluiten van het college, beschikkingen en bezwaren")
public class DecisionResource {

    @Inject
    DecisionService service;

    @GET
    @RolesAllowed({ Roles.PROJECTLEIDER, Roles.BESTUURDER, Roles.AANVRAGER })
    @Operation(summary = "De besluiten op een aanvraag, nieuwste eerst (na een gegrond bezwaar vervangt een nieuw besluit het oude)")
    public List<Besluit> list(@RestPath long aanvraagId) {
        return service.decisions(aanvraagId).stream().map(Besluit::of).toList();
    }

    @POST
    @RolesAllowed({ Roles.PROJECTLEIDER, Roles.BESTUURDER })
    @Operation(summary = "Het besluit van het college vastleggen: volgens het advies of met een reden afwijkend")
    public Response record(@RestPath long aanvraagId, BesluitInvoer input) {
        long id = service.record(aanvraagId, Versions.orEmpty(input, BesluitInvoer::new)).id;
        return Response.status(Response.Status.CREATED).entity(Besluit.of(service.get(id))).build();
    }
}
