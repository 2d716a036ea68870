package nl.ikcregie.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.ikcregie.shared.Roles;
import nl.ikcregie.shared.web.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api/v1/aandachtsgebieden")
@Tag(name = "Aandachtsgebieden", description = "Wijken met voorrang, met hun geldigheid tot de volgende herijking")
@RolesAllowed({ Roles.BEHEERDER, Roles.PROJECTLEIDER, Roles.COMMISSIELID, Roles.AANVRAGER, Roles.BESTUURDER,
        Roles.ONTWIKKELGROEP })
public class PriorityAreaResource {

    @Inject
    PriorityAreaService service;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Alle aandachtsgebieden")
    public List<Aandachtsgebied> list() {
        LocalDate today = LocalDate.now(clock);
        return service.list().stream().map(a -> Aandachtsgebied.of(a, today)).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Eén aandachtsgebied")
    public Response get(@RestPath long id) {
        Aandachtsgebied body = Aandachtsgebied.of(service.get(id), LocalDate.now(clock));
        return Response.ok(body).tag(Versions.etag(body.versie())).build();
    }

    @POST
    @RolesAllowed({ Roles.BEHEERDER, Roles.PROJECTLEIDER })
    @Operation(summary = "Een aandachtsgebied toevoegen")
    public Response create(AandachtsgebiedInvoer input) {
        Aandachtsgebied body = Aandachtsgebied.of(service.create(Versions.orEmpty(input, AandachtsgebiedInvoer::new)),
                LocalDate.now(clock));
        return Response.created(URI.create("/api/v1/aandachtsgebieden/" + body.id())).entity(body).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.BEHEERDER, Roles.PROJECTLEIDER })
    @Operation(summary = "Een aandachtsgebied wijzigen, bijvoorbeeld na een herijking")
    public Aandachtsgebied update(@RestPath long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            AandachtsgebiedInvoer input) {
        AandachtsgebiedInvoer body = Versions.orEmpty(input, AandachtsgebiedInvoer::new);
        body.versie = Versions.resolve(body.versie, ifMatch);
        return Aandachtsgebied.of(service.update(id, body), LocalDate.now(clock));
    }
}
