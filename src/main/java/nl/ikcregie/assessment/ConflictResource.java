package nl.ikcregie.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import nl.ikcregie.shared.Roles;
import nl.ikcregie.shared.web.ActieInvoer;
import nl.ikcregie.shared.web.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api/v1/aanvragen/{aanvraagId}/belangenverstrengeling")
@Tag(name = "Beoordelingen")
@RolesAllowed(Roles.COMMISSIELID)
public class ConflictResource {

    @Inject
    AssessmentService service;

    @POST
    @Operation(summary = "Belangenverstrengeling melden: de aanvraag wordt daarna niet meer aan u getoond")
    public Response declareConflict(@RestPath long aanvraagId, ActieInvoer input) {
        service.declareConflict(aanvraagId, Versions.orEmpty(input, ActieInvoer::new).reden);
        return Response.noContent().build();
    }
}
