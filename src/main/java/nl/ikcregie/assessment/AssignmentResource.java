package nl.ikcregie.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import nl.ikcregie.shared.Roles;
import nl.ikcregie.shared.web.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api/v1/aanvragen/{aanvraagId}/toewijzing")
@Tag(name = "Beoordelingen")
@RolesAllowed(Roles.PROJECTLEIDER)
public class AssignmentResource {

    @Inject
    AssignmentService service;

    @GET
    @Operation(summary = "Wie de aanvraag beoordeelt: standaard alle commissieleden zonder belangenverstrengeling")
    public Toewijzing get(@RestPath long aanvraagId) {
        return Toewijzing.of(service.panel(aanvraagId));
    }

    @PUT
    @Operation(summary = "Precies deze commissieleden beoordelen de aanvraag (nooit een lid met belangenverstrengeling)")
    public Toewijzing assign(@RestPath long aanvraagId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            ToewijzingInvoer input) {
        ToewijzingInvoer body = Versions.orEmpty(input, ToewijzingInvoer::new);
        body.versie = Versions.resolve(body.versie, ifMatch);
        return Toewijzing.of(service.assign(aanvraagId, body));
    }
}
