package nl.ikcregie.round;

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
import nl.ikcregie.shared.web.ActieInvoer;
import nl.ikcregie.shared.web.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api/v1/subsidierondes")
@Tag(name = "Subsidierondes", description = "Jaarlijkse rondes met plafond, maximum per IKC, criteria en voorrangsregels")
@RolesAllowed({ Roles.BEHEERDER, Roles.PROJECTLEIDER, Roles.COMMISSIELID, Roles.AANVRAGER, Roles.BESTUURDER,
        Roles.ONTWIKKELGROEP })
public class RoundResource {

    @Inject
    RoundService service;

    @GET
    @Operation(summary = "De rondes die de aanroeper mag zien (concepten alleen voor de gemeente)")
    public List<Subsidieronde> list() {
        return service.listVisible().stream().map(Subsidieronde::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Eén ronde")
    public Response get(@RestPath long id) {
        Subsidieronde body = Subsidieronde.of(service.getVisible(id));
        return Response.ok(body).tag(Versions.etag(body.versie())).build();
    }

    @POST
    @RolesAllowed(Roles.PROJECTLEIDER)
    @Operation(summary = "Een ronde in concept aanmaken")
    public Response create(RondeInvoer input) {
        Subsidieronde body = read(service.create(Versions.orEmpty(input, RondeInvoer::new)).id);
        return Response.created(URI.create("/api/v1/subsidierondes/" + body.id())).entity(body).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.PROJECTLEIDER)
    @Operation(summary = "Een conceptronde wijzigen")
    public Subsidieronde update(@RestPath long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, RondeInvoer input) {
        RondeInvoer body = Versions.orEmpty(input, RondeInvoer::new);
        body.versie = Versions.resolve(body.versie, ifMatch);
        return read(service.update(id, body).id);
    }

    @POST
    @Path("/{id}/opening")
    @RolesAllowed(Roles.PROJECTLEIDER)
    @Operation(summary = "De ronde openen: geld en regels liggen daarna vast")
    public Subsidieronde open(@RestPath long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ActieInvoer input) {
        return read(service.open(id, Versions.of(input, ifMatch)).id);
    }

    @POST
    @Path("/{id}/sluiting")
    @RolesAllowed(Roles.PROJECTLEIDER)
    @Operation(summary = "De ronde sluiten")
    public Subsidieronde close(@RestPath long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ActieInvoer input) {
        return read(service.close(id, Versions.of(input, ifMatch), input == null ? null : input.reden).id);
    }

    @POST
    @Path("/{id}/plafondcorrecties")
    @RolesAllowed({ Roles.PROJECTLEIDER, Roles.BESTUURDER })
    @Operation(summary = "Het plafond van een geopende ronde corrigeren (verhogen; verlagen alleen zolang niets is ingediend)")
    public Subsidieronde correctCeiling(@RestPath long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            ActieInvoer input) {
        ActieInvoer body = Versions.orEmpty(input, ActieInvoer::new);
        return read(service.correctCeiling(id, body.subsidieplafond, body.reden, Versions.of(body, ifMatch)).id);
    }

    /** Writes commit in the service; the answer is read afresh, in the request's own session. */
    private Subsidieronde read(long id) {
        return Subsidieronde.of(service.getVisible(id));
    }
}
