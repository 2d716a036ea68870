package nl.ikcregie.designation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.ikcregie.shared.Roles;
import nl.ikcregie.shared.web.QueryParameters;
import nl.ikcregie.shared.web.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/v1/plus-predicaten")
@Tag(name = "Plus-predicaten", description = "Het Plus-IKC predicaat: voordracht, de elf voorwaarden, toekenning, herijking en beëindiging")
@RolesAllowed({ Roles.PROJECTLEIDER, Roles.BESTUURDER, Roles.COMMISSIELID, Roles.ONTWIKKELGROEP, Roles.BEHEERDER,
        Roles.AANVRAGER })
public class PlusDesignationResource {

    @Inject
    DesignationService service;

    @Inject
    Clock clock;

    PlusPredicaat read(long id) {
        return PlusPredicaat.of(service.getVisible(id), LocalDate.now(clock));
    }

    @GET
    @Operation(summary = "De predicaten en voordrachten die de aanroeper mag zien, eventueel van één IKC")
    public List<PlusPredicaat> list(@Parameter(schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String ikcId) {
        LocalDate today = LocalDate.now(clock);
        return service.listVisible(QueryParameters.id("ikcId", ikcId)).stream().map(d -> PlusPredicaat.of(d, today))
                .toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Eén predicaat met zijn elf voorwaarden en herijkingen")
    public Response get(@RestPath long id) {
        PlusPredicaat body = read(id);
        return Response.ok(body).tag(Versions.etag(body.versie())).build();
    }

    @POST
    @RolesAllowed(Roles.PROJECTLEIDER)
    @Operation(summary = "Een IKC in een geldig aandachtsgebied voordragen voor het Plus-IKC predicaat")
    public Response propose(VoordrachtInvoer input) {
        long id = service.propose(Versions.orEmpty(input, VoordrachtInvoer::new)).id;
        return Response.created(URI.create("/api/v1/plus-predicaten/" + id)).entity(read(id)).build();
    }

    @PUT
    @Path("/{id}/voorwaarden/{nummer}")
    @RolesAllowed(Roles.PROJECTLEIDER)
    @Operation(summary = "Eén voorwaarde (1 tot en met 11) toetsen: voldaan of nog niet, met onderbouwing")
    public PlusPredicaat checkCondition(@RestPath long id, @RestPath int nummer,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, VoorwaardeInvoer input) {
        VoorwaardeInvoer body = Versions.orEmpty(input, VoorwaardeInvoer::new);
        body.versie = Versions.resolve(body.versie, ifMatch);
        return read(service.checkCondition(id, nummer, body).id);
    }

    @POST
    @Path("/{id}/voorwaarden/{nummer}/bijlagen")
    @Consumes("application/pdf")
    @RolesAllowed(Roles.PROJECTLEIDER)
    @Operation(summary = "Een PDF-bijlage bij een voorwaarde (de PDF als body, ten hoogste 10 MB; versie als If-Match)")
    public Response addAttachment(@RestPath long id, @RestPath int nummer,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String versie, @RestQuery String bestandsnaam,
            byte[] content) {
        DesignationAttachment a = service.addAttachment(id, nummer,
                Versions.resolve(QueryParameters.version("versie", versie), ifMatch), bestandsnaam, content);
        String href = "/api/v1/plus-predicaten/" + id + "/voorwaarden/" + nummer + "/bijlagen/" + a.id;
        return Response.created(URI.create(href)).entity(new PlusPredicaat.Bijlage(a.id, a.filename, a.sizeBytes, href))
                .build();
    }

    @GET
    @Path("/{id}/voorwaarden/{nummer}/bijlagen/{bijlageId}")
    @Produces("application/pdf")
    @Operation(summary = "Een bijlage bij een voorwaarde downloaden")
    public Response attachment(@RestPath long id, @RestPath int nummer, @RestPath long bijlageId) {
        DesignationAttachment a = service.attachment(id, nummer, bijlageId);
        return Response.ok(a.content, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + a.filename.replace("\"", "") + "\"").build();
    }

    @DELETE
    @Path("/{id}/voorwaarden/{nummer}/bijlagen/{bijlageId}")
    @RolesAllowed(Roles.PROJECTLEIDER)
    @Operation(summary = "Een bijlage bij een voorwaarde verwijderen (versie van het predicaat als If-Match)")
    public Response removeAttachment(@RestPath long id, @RestPath int nummer, @RestPath long bijlageId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String versie) {
        service.removeAttachment(id, nummer, Versions.resolve(QueryParameters.version("versie", versie), ifMatch),
                bijlageId);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/toekenning")
    @RolesAllowed({ Roles.PROJECTLEIDER, Roles.BESTUURDER })
    @Operation(summary = "Het besluit tot toekenning vastleggen; met een niet-voldane voorwaarde alleen met uitzonderingsmotivering")
    public PlusPredicaat grant(@RestPath long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            ToekenningInvoer input) {
        ToekenningInvoer body = Versions.orEmpty(input, ToekenningInvoer::new);
        body.versie = Versions.resolve(body.versie, ifMatch);
        return read(service.grant(id, body).id);
    }

    @POST
    @Path("/{id}/afwijzing")
    @RolesAllowed(Roles.PROJECTLEIDER)
    @Operation(summary = "Een voordracht afwijzen (reden, versie)")
    public PlusPredicaat reject(@RestPath long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            BeeindigingInvoer input) {
        return read(service.reject(id, action(input, ifMatch)).id);
    }

    @POST
    @Path("/{id}/intrekking")
    @RolesAllowed(Roles.PROJECTLEIDER)
    @Operation(summary = "Een voordracht intrekken (reden, versie)")
    public PlusPredicaat withdraw(@RestPath long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            BeeindigingInvoer input) {
        return read(service.withdraw(id, action(input, ifMatch)).id);
    }

    @POST
    @Path("/{id}/herijkingen")
    @RolesAllowed(Roles.PROJECTLEIDER)
    @Operation(summary = "Een herijking vastleggen: de voorwaarden opnieuw getoetst, uitkomst voortzetten, aanpassen of beëindigen")
    public Response review(@RestPath long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, HerijkingInvoer input) {
        HerijkingInvoer body = Versions.orEmpty(input, HerijkingInvoer::new);
        body.versie = Versions.resolve(body.versie, ifMatch);
        service.review(id, body);
        return Response.created(URI.create("/api/v1/plus-predicaten/" + id)).entity(read(id)).build();
    }

    @POST
    @Path("/{id}/beeindiging")
    @RolesAllowed(Roles.PROJECTLEIDER)
    @Operation(summary = "Een toegekend predicaat beëindigen (reden, einddatum, versie); de geschiedenis blijft")
    public PlusPredicaat end(@RestPath long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            BeeindigingInvoer input) {
        return read(service.end(id, action(input, ifMatch)).id);
    }

    private static BeeindigingInvoer action(BeeindigingInvoer input, String ifMatch) {
        BeeindigingInvoer body = Versions.orEmpty(input, BeeindigingInvoer::new);
        body.versie = Versions.resolve(body.versie, ifMatch);
        return body;
    }
}
