package nl.ikcregie.decision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import nl.ikcregie.shared.Roles;
import nl.ikcregie.shared.web.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api/v1/bezwaren/{bezwaarId}")
@Tag(name = "Besluiten")
public class ObjectionResource {

    @Inject
    ObjectionService service;

    @GET
    @RolesAllowed({ Roles.PROJECTLEIDER, Roles.BESTUURDER, Roles.AANVRAGER })
    @Operation(summary = "Een bezwaar met zijn beslistermijn")
    public Bezwaar get(@RestPath long bezwaarId) {
        return Bezwaar.of(service.get(bezwaarId));
    }

    @POST
    @Path("/verdaging")
    @RolesAllowed(Roles.PROJECTLEIDER)
    @Operation(summary = "De beslistermijn eenmaal verdagen met ten hoogste zes weken (weken, reden, versie)")
    public Bezwaar extend(@RestPath long bezwaarId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            BezwaarAfhandeling input) {
        service.extend(bezwaarId, body(input, ifMatch));
        return Bezwaar.of(service.get(bezwaarId));
    }

    @POST
    @Path("/beslissing")
    @RolesAllowed(Roles.PROJECTLEIDER)
    @Operation(summary = "De beslissing op het bezwaar (uitkomst, datum, motivering; bij gegrond het nieuwe bedrag)")
    public Bezwaar decide(@RestPath long bezwaarId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            BezwaarAfhandeling input) {
        service.decide(bezwaarId, body(input, ifMatch));
        return Bezwaar.of(service.get(bezwaarId));
    }

    private static BezwaarAfhandeling body(BezwaarAfhandeling input, String ifMatch) {
        BezwaarAfhandeling body = Versions.orEmpty(input, BezwaarAfhandeling::new);
        body.versie = Versions.resolve(body.versie, ifMatch);
        return body;
    }
}
