package nl.ikcregie.agreement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import nl.ikcregie.shared.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** Its own class with the full path, so it does not take over the organisation resource's paths. */
@Path("/api/v1/organisaties/{id}/toezeggingen")
@Tag(name = "Resultaatafspraken")
@RolesAllowed({ Roles.BEHEERDER, Roles.PROJECTLEIDER, Roles.AANVRAGER, Roles.BESTUURDER, Roles.ONTWIKKELGROEP })
public class CommitmentResource {

    @Inject
    AgreementService service;

    @GET
    @Operation(summary = "Wat een organisatie in al haar resultaatafspraken toezegde, per jaar en per bron (akkoord-versies)")
    public Toezeggingen get(@RestPath long id) {
        return Toezeggingen.of(service.commitments(id));
    }
}
