package nl.ikcregie.decision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import nl.ikcregie.shared.Roles;
import nl.ikcregie.shared.web.ActieInvoer;
import nl.ikcregie.shared.web.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api/v1/subsidierondes/{rondeId}/advies")
@Tag(name = "Advies", description = "Het advies aan het college van B&W")
@RolesAllowed({ Roles.PROJECTLEIDER, Roles.BESTUURDER })
public class AdviceResource {

    @Inject
    AdviceService service;

    @GET
    @Operation(summary = "Het advies zoals het nu staat: gerangschikte aanvragen met geadviseerde bedragen en toelichting")
    public Advies advice(@RestPath long rondeId) {
        return service.advice(rondeId);
    }

    @POST
    @Path("/vaststelling")
    @RolesAllowed(Roles.PROJECTLEIDER)
    @Operation(summary = "Het advies vaststellen voor het college (versie van de ronde): het ligt dan vast, de ronde is GEADVISEERD")
    public Advies establish(@RestPath long rondeId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ActieInvoer input) {
        return service.establish(rondeId, Versions.of(input, ifMatch));
    }
}
