package nl.ikcregie.application;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.ikcregie.shared.Page;
import nl.ikcregie.shared.Roles;
import nl.ikcregie.shared.web.ActieInvoer;
import nl.ikcregie.shared.web.Paging;
import nl.ikcregie.shared.web.QueryParameters;
import nl.ikcregie.shared.web.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/v1")
@Tag(name = "Aanvragen", description = "Aanvragen van IKC's: plan, zelfevaluatie, begroting, indiening en ontvankelijkheid")
@RolesAllowed({ Roles.PROJECTLEIDER, Roles.AANVRAGER, Roles.BESTUURDER, Roles.COMMISSIELID })
public class ApplicationResource {

    @Inject
    ApplicationService service;

    @Inject
    Clock clock;

    private Aanvraag body(SubsidyApplication a) {
        return Aanvraag.of(a, service.yearlyMaximum(a), LocalDate.now(clock));
    }

    /** Writes commit in the service; the answer is read afresh, in the request's own session. */
    Aanvraag read(long id) {
        return body(service.getVisible(id));
    }

    @GET
    @Path("/aanvragen")
    @Operation(summary = "De aanvragen die de aanroeper mag zien, eventueel van één ronde",
            description = "Per pagina van ten hoogste paginaGrootte (standaard en ten hoogste "
                    + Paging.MAXIMUM_SIZE + ") aanvragen, nieuwste ronde eerst. De header Link wijst naar de vorige "
                    + "en volgende pagina (rel=prev, rel=next), X-Total-Count geeft het totaal.")
    @APIResponse(responseCode = "200", description = "Een pagina aanvragen",
            headers = { @Header(name = "Link", description = "De vorige en volgende pagina (RFC 8288)",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "X-Total-Count", description = "Het aantal aanvragen op alle pagina's samen",
                            schema = @Schema(type = SchemaType.INTEGER)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Aanvraag.class)))
    public Response list(@Parameter(schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String subsidierondeId,
            @RestQuery String pagina, @RestQuery String paginaGrootte, @Context UriInfo uri) {
        int size = Paging.size(paginaGrootte);
        Page<SubsidyApplication> page = service.pageVisible(QueryParameters.id("subsidierondeId", subsidierondeId),
                Paging.number(pagina), size);
        Map<Long, YearlyMaximum> maxima = service.yearlyMaxima(page.items());
        LocalDate today = LocalDate.now(clock);
        List<Aanvraag> body = page.items().stream().map(a -> Aanvraag.of(a, maxima.get(a.id), today)).toList();
        return Paging.headers(Response.ok(body), page, uri).build();
    }

    @GET
    @Path("/aanvragen/{id}")
    @Operation(summary = "Eén aanvraag")
    public Response get(@RestPath long id) {
        Aanvraag aanvraag = body(service.getVisible(id));
        return Response.ok(aanvraag).tag(Versions.etag(aanvraag.versie())).build();
    }

    @PUT
    @Path("/aanvragen/{id}")
    @RolesAllowed(Roles.AANVRAGER)
    @Operation(summary = "De inhoud van een concept (of van een aanvraag waarvoor aanvulling is gevraagd) vervangen")
    public Aanvraag update(@RestPath long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, AanvraagInvoer input) {
        AanvraagInvoer body = Versions.orEmpty(input, AanvraagInvoer::new);
        body.versie = Versions.resolve(body.versie, ifMatch);
        return read(service.save(id, body, ApplicationService.allParts()).id);
    }

    @DELETE
    @Path("/aanvragen/{id}")
    @RolesAllowed(Roles.AANVRAGER)
    @Operation(summary = "Een concept verwijderen (versie als If-Match)")
    public Response delete(@RestPath long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String versie) {
        service.delete(id, Versions.resolve(QueryParameters.version("versie", versie), ifMatch));
        return Response.noContent().build();
    }

    @POST
    @Path("/aanvragen/{id}/indiening")
    @RolesAllowed(Roles.AANVRAGER)
    @Operation(summary = "De aanvraag indienen (of na een aanvullingsverzoek opnieuw indienen)")
    public Aanvraag submit(@RestPath long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ActieInvoer input) {
        return read(service.submit(id, Versions.of(input, ifMatch)).id);
    }

    @POST
    @Path("/aanvragen/{id}/intrekking")
    @RolesAllowed(Roles.AANVRAGER)
    @Operation(summary = "Een ingediende aanvraag intrekken, met reden")
    public Aanvraag withdraw(@RestPath long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ActieInvoer input) {
        ActieInvoer body = Versions.orEmpty(input, ActieInvoer::new);
        return read(service.withdraw(id, Versions.of(body, ifMatch), body.reden).id);
    }

    @POST
    @Path("/aanvragen/{id}/ontvankelijkverklaring")
    @RolesAllowed(Roles.PROJECTLEIDER)
    @Operation(summary = "De aanvraag compleet (ontvankelijk) verklaren")
    public Aanvraag declareComplete(@RestPath long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            ActieInvoer input) {
        return read(service.declareComplete(id, Versions.of(input, ifMatch)).id);
    }

    @POST
    @Path("/aanvragen/{id}/buitenbehandelingstelling")
    @RolesAllowed(Roles.PROJECTLEIDER)
    @Operation(summary = "Een aanvraag die niet binnen de termijn is aangevuld buiten behandeling stellen (Awb 4:5), met reden")
    public Aanvraag setAside(@RestPath long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ActieInvoer input) {
        ActieInvoer body = Versions.orEmpty(input, ActieInvoer::new);
        return read(service.setAside(id, Versions.of(body, ifMatch), body.reden).id);
    }

    @POST
    @Path("/aanvragen/{id}/aanvullingsverzoeken")
    @RolesAllowed(Roles.PROJECTLEIDER)
    @Operation(summary = "Om aanvulling vragen (herstelverzuim, Awb 4:5) met een termijn; de beslistermijn wordt opgeschort")
    public Aanvraag requestCompletion(@RestPath long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            ActieInvoer input) {
        ActieInvoer body = Versions.orEmpty(input, ActieInvoer::new);
        return read(service.requestCompletion(id, Versions.of(body, ifMatch), body.ontbreekt, body.termijnTot).id);
    }

    @POST
    @Path("/aanvragen/{id}/bijlagen")
    @Consumes("application/pdf")
    @RolesAllowed(Roles.AANVRAGER)
    @Operation(summary = "Een PDF-bijlage toevoegen (de PDF als body, ten hoogste 10 MB; versie als If-Match)")
    public Response addAttachment(@RestPath long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String versie,
            @RestQuery String bestandsnaam, byte[] content) {
        ApplicationAttachment attachment = service.addAttachment(id,
                Versions.resolve(QueryParameters.version("versie", versie), ifMatch), bestandsnaam, content);
        return Response.created(URI.create("/api/v1/aanvragen/" + id + "/bijlagen/" + attachment.id))
                .entity(new Aanvraag.Bijlage(attachment.id, attachment.filename, attachment.sizeBytes)).build();
    }

    @GET
    @Path("/aanvragen/{id}/bijlagen/{bijlageId}")
    @Produces("application/pdf")
    @Operation(summary = "Een bijlage downloaden")
    public Response attachment(@RestPath long id, @RestPath long bijlageId) {
        ApplicationAttachment attachment = service.attachment(id, bijlageId);
        return Response.ok(attachment.content, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + attachment.filename.replace("\"", "") + "\"")
                .build();
    }

    @DELETE
    @Path("/aanvragen/{id}/bijlagen/{bijlageId}")
    @RolesAllowed(Roles.AANVRAGER)
    @Operation(summary = "Een bijlage verwijderen (versie van de aanvraag als If-Match)")
    public Response removeAttachment(@RestPath long id, @RestPath long bijlageId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String versie) {
        service.removeAttachment(id, Versions.resolve(QueryParameters.version("versie", versie), ifMatch),
                bijlageId);
        return Response.noContent().build();
    }
}
