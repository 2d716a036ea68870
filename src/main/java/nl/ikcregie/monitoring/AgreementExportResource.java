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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The result agreements' contributions and indicators as a download. The projectleider, the college
 * and the Ontwikkelgroep (which follows the Plus-IKCs' indicators in the monitoring) read every agreement
 * already; an aanvrager sees only its own agreements on the pages and gets no programme-wide export.
 * The class path equals {@code AgreementResource}'s, so Quarkus REST merges the two.
 */
@Path("/api/v1/resultaatafspraken")
@Tag(name = "Exports")
@RolesAllowed({ Roles.PROJECTLEIDER, Roles.BESTUURDER, Roles.ONTWIKKELGROEP })
public class AgreementExportResource {

    @Inject
    AgreementExport export;

    @GET
    @Path("/bijdragen.xlsx")
    @Produces(Spreadsheet.XLSX_MEDIA_TYPE)
    @Operation(summary = "De bijdragen van alle resultaatafspraken als spreadsheet",
            description = "Per afspraak de laatste akkoord-versie: een rij per partij, bron en jaar met het bedrag.")
    @APIResponse(responseCode = "200", description = "Het XLSX-bestand (bijlage resultaatafspraken-bijdragen.xlsx).",
            content = @Content(mediaType = Spreadsheet.XLSX_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response contributionsXlsx() {
        return export.contributions().xlsx("resultaatafspraken-bijdragen.xlsx");
    }

    @GET
    @Path("/bijdragen.csv")
    @Produces(Spreadsheet.CSV_MEDIA_TYPE)
    @Operation(summary = "De bijdragen van alle resultaatafspraken als CSV",
            description = "Dezelfde rijen als de spreadsheet. UTF-8 met BOM, scheidingsteken puntkomma, bedragen met een punt.")
    @APIResponse(responseCode = "200", description = "Het CSV-bestand (bijlage resultaatafspraken-bijdragen.csv).",
            content = @Content(mediaType = Spreadsheet.CSV_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    public Response contributionsCsv() {
        Spreadsheet spreadsheet = export.contributions();
        return spreadsheet.csv(spreadsheet.tables().get(0), "resultaatafspraken-bijdragen.csv");
    }

    @GET
    @Path("/indicatoren.xlsx")
    @Produces(Spreadsheet.XLSX_MEDIA_TYPE)
    @Operation(summary = "De indicatoren van alle resultaatafspraken met streefwaarden en realisatie als spreadsheet",
            description = "Per afspraak de laatste akkoord-versie: een rij per indicator en jaar met de streefwaarde en, uit "
                    + "de ingediende of goedgekeurde jaarrapportage van dat jaar, de gerealiseerde waarde.")
    @APIResponse(responseCode = "200", description = "Het XLSX-bestand (bijlage resultaatafspraken-indicatoren.xlsx).",
            content = @Content(mediaType = Spreadsheet.XLSX_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response indicatorsXlsx() {
        return export.indicators().xlsx("resultaatafspraken-indicatoren.xlsx");
    }

    @GET
    @Path("/indicatoren.csv")
    @Produces(Spreadsheet.CSV_MEDIA_TYPE)
    @Operation(summary = "De indicatoren van alle resultaatafspraken met streefwaarden en realisatie als CSV",
            description = "Dezelfde rijen als de spreadsheet. UTF-8 met BOM, scheidingsteken puntkomma, getallen met een punt.")
    @APIResponse(responseCode = "200", description = "Het CSV-bestand (bijlage resultaatafspraken-indicatoren.csv).",
            content = @Content(mediaType = Spreadsheet.CSV_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    public Response indicatorsCsv() {
        Spreadsheet spreadsheet = export.indicators();
        return spreadsheet.csv(spreadsheet.tables().get(0), "resultaatafspraken-indicatoren.csv");
    }
}
