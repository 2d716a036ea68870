package nl.ikcregie.decision;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Extending or ending an objection (form and JSON), with the version it was based on. */
public class BezwaarAfhandeling {

    public Long versie;

    /** Extension: the weeks (1-6) and the reason. */
    @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "6")
    public String weken;

    public String reden;

    /** Outcome: GEGROND, ONGEGROND, NIET_ONTVANKELIJK or INGETROKKEN, the date and the grounds. */
    @Schema(enumeration = { "GEGROND", "ONGEGROND", "NIET_ONTVANKELIJK", "INGETROKKEN" })
    public String uitkomst;

    @Schema(format = "date", description = "De datum van de beslissing op het bezwaar.")
    public String datum;

    public String motivering;

    /** For an upheld objection: the amount of the new decision. */
    @Schema(type = SchemaType.NUMBER, description = "Bij een gegrond bezwaar: het bedrag van het nieuwe besluit.")
    public String toegekendBedrag;
}
