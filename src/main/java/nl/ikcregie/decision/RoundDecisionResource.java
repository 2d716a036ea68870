package nl.ikcregie.decision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.Comparator;
import java.util.List;
import nl.ikcregie.shared.Roles;
import nl.ikcregie.shared.web.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api/v1/subsidierondes/{rondeId}/besluiten")
@Tag(name = "Besluiten")
@RolesAllowed({ Roles.PROJECTLEIDER, Roles.BESTUURDER })
public class RoundDecisionResource {

    @Inject
    DecisionService service;

    @GET
    @Operation(summary = "De geldende besluiten van de ronde")
    public List<Besluit> list(@RestPath long rondeId) {
        return service.currentForRound(rondeId).values().stream().sorted(Comparator.comparing(d -> d.reference))
                .map(Besluit::of).toList();
    }

    @POST
    @Operation(summary = "Het college besluit volgens het vastgestelde advies op alle aanvragen zonder besluit (besluitdatum)")
    public List<Besluit> followAdvice(@RestPath long rondeId, BesluitInvoer input) {
        List<Long> ids = service.followAdvice(rondeId, Versions.orEmpty(input, BesluitInvoer::new).besluitdatum).stream()
                .map(d -> d.id).toList();
        return ids.stream().map(id -> Besluit.of(service.get(id))).toList();
    }
}
