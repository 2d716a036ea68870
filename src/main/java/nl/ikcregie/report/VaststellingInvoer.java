package nl.ikcregie.report;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The projectleider's settlement as typed in the form or sent to the API. Without
 * {@code vastgesteldBedrag} the proposal applies (what was spent, at most the grant); without
 * {@code betaaldeVoorschotten} the whole grant counts as paid in advance.
 */
public class VaststellingInvoer {

    @Schema(type = SchemaType.NUMBER, description = "Het vastgestelde bedrag in euro's; ten hoogste het verleende bedrag.")
    public String vastgesteldBedrag;

    @Schema(type = SchemaType.NUMBER, description = "De al betaalde voorschotten in euro's; standaard het verleende bedrag.")
    public String betaaldeVoorschotten;

    @Schema(description = "De motivering; verplicht wanneer het vastgestelde bedrag lager is dan het verleende.")
    public String motivering;

    @Schema(format = "date", description = "De datum van de vaststelling; niet in de toekomst.")
    public String vaststellingsdatum;
}
