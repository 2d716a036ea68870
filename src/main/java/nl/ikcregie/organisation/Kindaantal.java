package nl.ikcregie.organisation;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The number of children aged 2 and over at an IKC on a count date. */
public class Kindaantal {

    @Schema(required = true, format = "date", examples = "2026-10-01")
    public String teldatum;

    @Schema(required = true, type = SchemaType.INTEGER, minimum = "0", examples = "240")
    public String aantal;

    public Kindaantal() {
    }

    public Kindaantal(String teldatum, String aantal) {
        this.teldatum = teldatum;
        this.aantal = aantal;
    }
}
