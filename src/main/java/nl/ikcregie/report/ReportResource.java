package nl.ikcregie.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import nl.ikcregie.shared.Roles;
import nl.ikcregie.shared.web.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/v1/jaarrapportages")
@Tag(name = "Jaarrapportages", description = "De jaarlijkse PDCA-rapportage per IKC: plan, uitvoering, check en act")
@RolesAllowed({ Roles.PROJECTLEIDER, Roles.BEHEERDER, Roles.AANVRAGER, Roles.COMMISSIELID })
public class ReportResource {

    @Inject
    ReportService service;

    @GET
    @Operation(summary = "De jaarrapportages die de aanroeper mag zien, eventueel van één jaar")
    public List<Jaarrapportage.Overzicht> list(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String jaar) {
        return service.listVisible(QueryParameters.year("jaar", jaar)).stream().map(Jaarrapportage.Overzicht::of)
                .toList();
    }

    @POST
    @RolesAllowed({ Roles.PROJECTLEIDER, Roles.AANVRAGER })
    @Operation(summary = "Een jaarrapportage starten voor een IKC en jaar; het plan is vooringevuld")
    @APIResponse(responseCode = "201", description = "Gestart, met het plan uit de aanvraag, het besluit en de resultaatafspraak.")
    @APIResponse(responseCode = "409", description = "Het IKC hoeft over dat jaar niet te rapporteren, of er is al een rapportage.")
    public Response start(RapportageStart input) {
        AnnualReport report = service.start(input);
        return Response.created(URI.create("/api/v1/jaarrapportages/" + report.id))
                .entity(Jaarrapportage.of(service.getVisible(report.id))).build();
    }
}
