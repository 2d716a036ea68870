package nl.ikcregie.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import nl.ikcregie.shared.Roles;
import nl.ikcregie.shared.web.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/**
 * One yearly report and its actions. The class path is the collection's, like ReportResource's and the
 * export's, so Quarkus REST merges the classes and a literal path such as {@code export.xlsx} is not
 * taken for an {@code {id}}.
 */
@Path("/api/v1/jaarrapportages")
@Tag(name = "Jaarrapportages")
@RolesAllowed({ Roles.PROJECTLEIDER, Roles.BEHEERDER, Roles.AANVRAGER, Roles.COMMISSIELID })
public class ReportItemResource {

    @Inject
    ReportService service;

    @GET
    @Path("/{id}")
    @Operation(summary = "Eén jaarrapportage: plan, uitvoering, check en act")
    public Response get(@RestPath long id) {
        Jaarrapportage body = read(id);
        return Response.ok(body).tag(Versions.etag(body.versie())).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.AANVRAGER)
    @Operation(summary = "Het concept bijwerken (elke deelverzameling van de velden; een leeg veld wist)")
    @APIResponse(responseCode = "200", description = "Opgeslagen.")
    @APIResponse(responseCode = "409", description = "De versie is verouderd, of de rapportage is ingediend of goedgekeurd.")
    public Jaarrapportage update(@RestPath long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            RapportageInvoer input) {
        RapportageInvoer body = Versions.orEmpty(input, RapportageInvoer::new);
        body.versie = Versions.resolve(body.versie, ifMatch);
        service.save(id, body);
        return read(id);
    }

    @POST
    @Path("/{id}/indiening")
    @RolesAllowed(Roles.AANVRAGER)
    @Operation(summary = "De jaarrapportage indienen; voor een gesubsidieerd IKC tevens de aanvraag tot vaststelling")
    @APIResponse(responseCode = "200", description = "Ingediend.")
    @APIResponse(responseCode = "400", description = "Niet compleet: invalidParams noemt elk ontbrekend veld.")
    public Jaarrapportage submit(@RestPath long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            RapportageActie input) {
        service.submit(id, action(input, ifMatch).versie);
        return read(id);
    }

    @POST
    @Path("/{id}/wijzigingsverzoek")
    @RolesAllowed(Roles.PROJECTLEIDER)
    @Operation(summary = "Om wijziging vragen: de rapportage gaat terug naar het schoolbestuur (reden verplicht)")
    public Jaarrapportage requestChanges(@RestPath long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            RapportageActie input) {
        service.requestChanges(id, action(input, ifMatch));
        return read(id);
    }

    @POST
    @Path("/{id}/goedkeuring")
    @RolesAllowed(Roles.PROJECTLEIDER)
    @Operation(summary = "De ingediende rapportage goedkeuren, met een optionele toelichting")
    public Jaarrapportage approve(@RestPath long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            RapportageActie input) {
        service.approve(id, action(input, ifMatch));
        return read(id);
    }

    /** The action's body (an empty one when none was sent) with its version from the body or If-Match. */
    private static RapportageActie action(RapportageActie input, String ifMatch) {
        RapportageActie body = Versions.orEmpty(input, RapportageActie::new);
        body.versie = Versions.resolve(body.versie, ifMatch);
        return body;
    }

    private Jaarrapportage read(long id) {
        return Jaarrapportage.of(service.getVisible(id));
    }
}
