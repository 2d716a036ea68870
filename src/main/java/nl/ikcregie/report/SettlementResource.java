package nl.ikcregie.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import nl.ikcregie.shared.NotFoundException;
import nl.ikcregie.shared.Roles;
import nl.ikcregie.shared.web.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** The settlement of a yearly report; its own full path so the reports' resource does not take these requests. */
@Path("/api/v1/jaarrapportages/{rapportageId}/vaststelling")
@Tag(name = "Vaststellingen", description = "De vaststelling van de subsidie na de goedgekeurde jaarrapportage (Awb 4:42-4:47)")
public class SettlementResource {

    @Inject
    SettlementService service;

    @GET
    @RolesAllowed({ Roles.PROJECTLEIDER, Roles.BESTUURDER, Roles.BEHEERDER, Roles.AANVRAGER })
    @Operation(summary = "De vaststelling op een jaarrapportage (404 zolang er geen is)")
    public Vaststelling get(@RestPath long rapportageId) {
        return service.forReport(rapportageId).map(Vaststelling::of)
                .orElseThrow(() -> new NotFoundException("Vaststelling"));
    }

    @POST
    @RolesAllowed(Roles.PROJECTLEIDER)
    @Operation(summary = "De subsidie vaststellen: vastgesteld bedrag (ten hoogste het verleende), voorschotten, motivering en datum")
    public Response settle(@RestPath long rapportageId, VaststellingInvoer input) {
        long id = service.settle(rapportageId, Versions.orEmpty(input, VaststellingInvoer::new)).id;
        return Response.status(Response.Status.CREATED).entity(Vaststelling.of(service.get(id))).build();
    }
}
