package nl.ikcregie.decision;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The college's decision as typed in the form or sent to the API. Without {@code toegekendBedrag}
 * the decision follows the advice; an amount other than the advice needs {@code afwijkingsreden}.
 */
public class BesluitInvoer {

    @Schema(type = SchemaType.NUMBER, description = "Het toegekende bedrag in euro's; leeg volgt het advies.")
    public String toegekendBedrag;

    /** The date of the college's decision (ISO or d-m-jjjj). */
    @Schema(format = "date", description = "De datum van het besluit van het college.")
    public String besluitdatum;

    public String afwijkingsreden;

    /** Further grounds for the letter, added to the standard text. */
    public String motivering;
}
