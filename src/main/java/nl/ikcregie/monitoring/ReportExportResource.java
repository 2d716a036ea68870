package nl.ikcregie.monitoring;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import nl.ikcregie.shared.Roles;
import nl.ikcregie.shared.web.Spreadsheet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The yearly reports of a year as a download, for the projectleider who reviews and settles them and
 * the college. The class path is the collection's, as the report feature's own resource should have
 * it, so Quarkus REST merges the two.
 */
@Path("/api/v1/jaarrapportages")
@Tag(name = "Exports")
@RolesAllowed({ Roles.PROJECTLEIDER, Roles.BESTUURDER })
public class ReportExportResource {

    @Inject
    ReportExport export;

    @GET
    @Path("/export.xlsx")
    @Produces(Spreadsheet.XLSX_MEDIA_TYPE)
    @Operation(summary = "De jaarrapportages van een jaar als spreadsheet",
            description = "Een rij per jaarrapportage: IKC, status, termijn, indiening, toegekend, besteed en vastgesteld bedrag.")
    @APIResponse(responseCode = "200", description = "Het XLSX-bestand (bijlage jaarrapportages-JAAR.xlsx).",
            content = @Content(mediaType = Spreadsheet.XLSX_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response xlsx(@Parameter(description = "Het jaar waarover gerapporteerd is.", required = true) @RestQuery String jaar) {
        return export.of(jaar).xlsx("jaarrapportages-" + jaar + ".xlsx");
    }

    @GET
    @Path("/export.csv")
    @Produces(Spreadsheet.CSV_MEDIA_TYPE)
    @Operation(summary = "De jaarrapportages van een jaar als CSV",
            description = "Dezelfde rijen als de spreadsheet. UTF-8 met BOM, scheidingsteken puntkomma, bedragen met een punt.")
    @APIResponse(responseCode = "200", description = "Het CSV-bestand (bijlage jaarrapportages-JAAR.csv).",
            content = @Content(mediaType = Spreadsheet.CSV_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    public Response csv(@Parameter(description = "Het jaar waarover gerapporteerd is.", required = true) @RestQuery String jaar) {
        Spreadsheet spreadsheet = export.of(jaar);
        return spreadsheet.csv(spreadsheet.tables().get(0), "jaarrapportages-" + jaar + ".csv");
    }
}
