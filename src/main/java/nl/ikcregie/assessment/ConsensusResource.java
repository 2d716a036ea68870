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

@Path("/api/v1/aanvragen/{aanvraagId}/consensus")
@Tag(name = "Beoordelingen")
@RolesAllowed(Roles.PROJECTLEIDER)
public class ConsensusResource {

    @Inject
    AssessmentService service;

    @GET
    @Operation(summary = "De spreiding van de beoordelingen en de vastgelegde consensus van de commissie")
    public ConsensusGegevens get(@RestPath long aanvraagId) {
        return service.consensus(aanvraagId);
    }

    @PUT
    @Operation(summary = "De consensus van de commissie vastleggen: eindscore, geadviseerd bedrag, motivering, verplichtingen")
    public ConsensusGegevens record(@RestPath long aanvraagId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            ConsensusInvoer input) {
        ConsensusInvoer body = Versions.orEmpty(input, ConsensusInvoer::new);
        body.versie = Versions.resolve(body.versie, ifMatch);
        service.recordConsensus(aanvraagId, body);
        return service.consensus(aanvraagId);
    }
}
