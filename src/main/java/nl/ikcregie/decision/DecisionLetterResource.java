package nl.ikcregie.decision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.ikcregie.shared.Roles;
import nl.ikcregie.shared.web.PdfDocuments;
import nl.ikcregie.shared.web.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api/v1/besluiten/{besluitId}")
@Tag(name = "Besluiten")
public class DecisionLetterResource {

    @Inject
    DecisionService decisions;

    @Inject
    ObjectionService objections;

    @Inject
    DecisionDocument document;

    @GET
    @RolesAllowed({ Roles.PROJECTLEIDER, Roles.BESTUURDER, Roles.AANVRAGER })
    @Operation(summary = "Een besluit")
    public Besluit get(@RestPath long besluitId) {
        return Besluit.of(decisions.get(besluitId));
    }

    @GET
    @Path("/beschikking.pdf")
    @Produces(PdfDocuments.MEDIA_TYPE)
    @RolesAllowed({ Roles.PROJECTLEIDER, Roles.BESTUURDER, Roles.AANVRAGER })
    @Operation(summary = "De beschikking als PDF: besluit, bedrag, motivering, voorwaarden, verplichtingen en bezwaarclausule")
    @APIResponse(responseCode = "200", description = "De beschikking als PDF (A4).",
            content = @Content(mediaType = PdfDocuments.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response letter(@RestPath long besluitId) {
        Decision decision = decisions.get(besluitId);
        return PdfDocuments.inline(document.pdf(decision), DecisionDocument.filename(decision));
    }

    @GET
    @Path("/bezwaren")
    @RolesAllowed({ Roles.PROJECTLEIDER, Roles.BESTUURDER, Roles.AANVRAGER })
    @Operation(summary = "De bezwaren tegen een besluit")
    public List<Bezwaar> objections(@RestPath long besluitId) {
        Decision decision = decisions.get(besluitId);
        return objections.forApplication(decision.application.id).stream()
                .filter(o -> o.decision.id.equals(decision.id)).map(Bezwaar::of).toList();
    }

    @POST
    @Path("/bezwaren")
    @RolesAllowed(Roles.PROJECTLEIDER)
    @Operation(summary = "Een ontvangen bezwaar registreren (ontvangstdatum, indiener, samenvatting, adviescommissie)")
    public Response register(@RestPath long besluitId, BezwaarInvoer input) {
        long id = objections.register(besluitId, Versions.orEmpty(input, BezwaarInvoer::new)).id;
        return Response.status(Response.Status.CREATED).entity(Bezwaar.of(objections.get(id))).build();
    }

    @POST
    @Path("/verplichtingen/{nummer}/nakoming")
    @RolesAllowed(Roles.PROJECTLEIDER)
    @Operation(summary = "Vastleggen dat een inspanningsverplichting is nagekomen (nagekomenOp)")
    public Besluit fulfil(@RestPath long besluitId, @RestPath int nummer, Nakoming input) {
        decisions.fulfil(besluitId, nummer, input == null ? null : input.nagekomenOp);
        return Besluit.of(decisions.get(besluitId));
    }

    /** The date an obligation was met. */
    public static class Nakoming {

        @Schema(format = "date", description = "De datum waarop de verplichting is nagekomen.")
        public String nagekomenOp;
    }
}
