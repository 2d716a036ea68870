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

@Path("/api/v1/ikcs")
@Tag(name = "IKC's", description = "Integrale kindcentra met hun schoolbestuur, kinderopvangpartners en categorie")
@RolesAllowed({ Roles.BEHEERDER, Roles.PROJECTLEIDER, Roles.COMMISSIELID, Roles.AANVRAGER, Roles.BESTUURDER,
        Roles.ONTWIKKELGROEP })
public class IkcResource {

    @Inject
    IkcService service;

    @GET
    @Operation(summary = "De IKC's die de aanroeper mag zien (een aanvrager: die van de eigen organisatie)")
    public List<IkcGegevens> list() {
        return service.listVisible().stream().map(IkcGegevens::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Eén IKC")
    public Response get(@RestPath long id) {
        IkcGegevens body = IkcGegevens.of(service.getVisible(id));
        return Response.ok(body).tag(Versions.etag(body.versie())).build();
    }

    @POST
    @RolesAllowed({ Roles.BEHEERDER, Roles.PROJECTLEIDER })
    @Operation(summary = "Een IKC toevoegen")
    public Response create(IkcInvoer input) {
        IkcGegevens body = IkcGegevens.of(service.getVisible(service.create(Versions.orEmpty(input, IkcInvoer::new)).id));
        return Response.created(URI.create("/api/v1/ikcs/" + body.id())).entity(body).build();
    }

    @POST
    @Path("/{id}/kindaantallen")
    @RolesAllowed({ Roles.BEHEERDER, Roles.PROJECTLEIDER })
    @Operation(summary = "Het aantal kinderen van 2 jaar en ouder op een teldatum vastleggen (voor een formulemaximum)")
    public IkcGegevens recordChildCount(@RestPath long id, Kindaantal input) {
        Kindaantal body = Versions.orEmpty(input, Kindaantal::new);
        service.recordChildCount(id, body.teldatum, body.aantal);
        return IkcGegevens.of(service.getVisible(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.BEHEERDER, Roles.PROJECTLEIDER })
    @Operation(summary = "Een IKC wijzigen (met de versie waarop de wijziging is gebaseerd)")
    public IkcGegevens update(@RestPath long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, IkcInvoer input) {
        IkcInvoer body = Versions.orEmpty(input, IkcInvoer::new);
        body.versie = Versions.resolve(body.versie, ifMatch);
        service.update(id, body);
        return IkcGegevens.of(service.getVisible(id));
    }
}
