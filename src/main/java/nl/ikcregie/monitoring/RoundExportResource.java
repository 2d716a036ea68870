package nl.ikcregie.monitoring;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import nl.ikcregie.shared.InputRules;
import nl.ikcregie.shared.Roles;
import nl.ikcregie.shared.web.Spreadsheet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * A round's applications and decisions as a download for the projectleider's own analysis (and the
 * college's: it reads the same applications and decisions on its pages). The class path equals that of
 * the other classes under a round ({@code AdviceResource}), so Quarkus REST merges them instead of one
 * hiding the other.
 */
@Path("/api/v1/subsidierondes/{rondeId}")
@Tag(name = "Exports", description = "Aanvragen, besluiten, bijdragen en indicatoren als spreadsheet (XLSX) of CSV, voor eigen analyse")
@RolesAllowed({ Roles.PROJECTLEIDER, Roles.BESTUURDER })
public class RoundExportResource {

    @Inject
    RoundExport export;

    @GET
    @Path("/export.xlsx")
    @Produces(Spreadsheet.XLSX_MEDIA_TYPE)
    @Operation(summary = "De aanvragen en besluiten van de ronde als spreadsheet",
            description = "Drie bladen: Aanvragen (een rij per aanvraag met het geldende besluit en de vaststelling), "
                    + "Besluiten (elk besluit, ook vervangen besluiten) en Inspanningsverplichtingen. Bedragen zijn "
                    + "getallen, data zijn datums.")
    @APIResponse(responseCode = "200", description = "Het XLSX-bestand (bijlage subsidieronde-JAAR.xlsx).",
            content = @Content(mediaType = Spreadsheet.XLSX_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response xlsx(@RestPath long rondeId) {
        RoundExport.Export round = export.of(rondeId);
        return round.spreadsheet().xlsx("subsidieronde-" + round.year() + ".xlsx");
    }

    @GET
    @Path("/export.csv")
    @Produces(Spreadsheet.CSV_MEDIA_TYPE)
    @Operation(summary = "De aanvragen of de besluiten van de ronde als CSV",
            description = "Een blad van de spreadsheet: standaard Aanvragen (een rij per aanvraag met het geldende besluit), "
                    + "met tabel=besluiten alle besluiten (ook vervangen), met tabel=inspanningsverplichtingen de "
                    + "verplichtingen. UTF-8 met BOM, scheidingsteken puntkomma, bedragen met een punt als decimaalteken, "
                    + "datums ISO 8601.")
    @APIResponse(responseCode = "200", description = "Het CSV-bestand (bijlage subsidieronde-JAAR[-tabel].csv).",
            content = @Content(mediaType = Spreadsheet.CSV_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    public Response csv(@RestPath long rondeId,
            @Parameter(description = "aanvragen (standaard), besluiten of inspanningsverplichtingen.") @RestQuery String tabel) {
        String name = tabel == null || tabel.isBlank() ? "aanvragen" : tabel.strip().toLowerCase(java.util.Locale.ROOT);
        InputRules rules = new InputRules();
        rules.check(java.util.List.of("aanvragen", "besluiten", "inspanningsverplichtingen").contains(name), "tabel",
                "Kies aanvragen, besluiten of inspanningsverplichtingen.");
        rules.throwIfAny();
        RoundExport.Export round = export.of(rondeId);
        Spreadsheet.Table table = round.spreadsheet().tables().stream()
                .filter(t -> t.name().toLowerCase(java.util.Locale.ROOT).equals(name)).findFirst().orElseThrow();
        return round.spreadsheet().csv(table,
                "subsidieronde-" + round.year() + (name.equals("aanvragen") ? "" : "-" + name) + ".csv");
    }
}
