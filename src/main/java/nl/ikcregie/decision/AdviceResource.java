package nl.ikcregie.decision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import nl.ikcregie.shared.Roles;
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
}
