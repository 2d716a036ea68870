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
import java.util.List;
import nl.ikcregie.shared.Roles;
import nl.ikcregie.shared.web.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api/v1/organisaties")
@Tag(name = "Organisaties", description = "Onderwijskoepels, kinderopvangorganisaties en de gemeente")
@RolesAllowed({ Roles.BEHEERDER, Roles.PROJECTLEIDER, Roles.COMMISSIELID, Roles.AANVRAGER, Roles.BESTUURDER,
        Roles.ONTWIKKELGROEP })
public class OrganisationResource {

    @Inject
    OrganisationService service;

    @GET
    @Operation(summary = "De organisaties die de aanroeper mag zien")
    public List<Organisatie> list() {
        return service.listVisible().stream().map(Organisatie::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Eén organisatie")
    public Response get(@RestPath long id) {
        Organisatie body = Organisatie.of(service.getVisible(id));
        return Response.ok(body).tag(Versions.etag(body.versie())).build();
    }

    @POST
    @RolesAllowed({ Roles.BEHEERDER, Roles.PROJECTLEIDER })
    @Operation(summary = "Een organisatie toevoegen")
    public Response create(OrganisatieInvoer input) {
        Organisatie body = Organisatie.of(service.create(Versions.orEmpty(input, OrganisatieInvoer::new)));
        return Response.created(URI.create("/api/v1/organisaties/" + body.id())).entity(body).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.BEHEERDER, Roles.PROJECTLEIDER })
    @Operation(summary = "Een organisatie wijzigen (met de versie waarop de wijziging is gebaseerd)")
    public Organisatie update(@RestPath long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            OrganisatieInvoer input) {
        OrganisatieInvoer body = Versions.orEmpty(input, OrganisatieInvoer::new);
        body.versie = Versions.resolve(body.versie, ifMatch);
        return Organisatie.of(service.update(id, body));
    }
}
