package nl.ikcregie.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import nl.ikcregie.shared.Roles;
import nl.ikcregie.shared.web.ActieInvoer;
import nl.ikcregie.shared.web.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api/v1/aanvragen/{aanvraagId}/beoordelingen")
@Tag(name = "Beoordelingen", description = "Beoordelingen door de IKC-commissie")
@RolesAllowed({ Roles.PROJECTLEIDER, Roles.COMMISSIELID })
public class AssessmentResource {

    @Inject
    AssessmentService service;

    @GET
    @Operation(summary = "De beoordelingen: voor een commissielid pas na de eigen beoordeling, voor de projectleider alle")
    public List<Beoordeling> list(@RestPath long aanvraagId) {
        return service.visibleAssessments(aanvraagId).stream()
                .map(a -> Beoordeling.of(a, AssessmentService.weighted(a))).toList();
    }

    @POST
    @RolesAllowed(Roles.COMMISSIELID)
    @Operation(summary = "De eigen beoordeling indienen: een score (1-5) met motivering per criterium, een bedrag en verplichtingen")
    public Response submit(@RestPath long aanvraagId, BeoordelingInvoer input) {
        Beoordeling body = service.submit(aanvraagId, Versions.orEmpty(input, BeoordelingInvoer::new));
        return Response.created(URI.create("/api/v1/aanvragen/" + aanvraagId + "/beoordelingen")).entity(body).build();
    }
}
