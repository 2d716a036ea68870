package nl.ikcregie.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import nl.ikcregie.shared.Roles;
import nl.ikcregie.shared.web.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/** Its own class with the full path, so that {@code /{id}} does not take {@code verplicht}. */
@Path("/api/v1/jaarrapportages/verplicht")
@Tag(name = "Jaarrapportages")
@RolesAllowed({ Roles.PROJECTLEIDER, Roles.BEHEERDER, Roles.AANVRAGER, Roles.COMMISSIELID })
public class ReportDutyResource {

    @Inject
    ReportService service;

    @GET
    @Operation(summary = "De IKC's die over een jaar moeten rapporteren (gesubsidieerd of Plus-IKC), met de stand van hun rapportage")
    public List<Jaarrapportage.Rapportageplicht> due(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String jaar) {
        Integer asked = QueryParameters.year("jaar", jaar);
        int year = asked != null ? asked : service.defaultYear();
        return service.dueVisible(year).stream().map(d -> new Jaarrapportage.Rapportageplicht(d.ikc().id, d.ikc().name,
                d.ikc().schoolBoard.id, year, d.duty().dueOn(), d.duty().subsidised(), d.duty().plus(),
                d.report() == null ? null : d.report().id, d.statusCode())).toList();
    }
}
