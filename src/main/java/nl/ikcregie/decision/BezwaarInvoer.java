package nl.ikcregie.decision;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Registering an objection (form and JSON). */
public class BezwaarInvoer {

    @Schema(format = "date", description = "De datum waarop het bezwaarschrift binnenkwam.")
    public String ontvangenOp;

    public String indiener;

    public String samenvatting;

    /** "true" when an advisory committee (Awb 7:13) hears the objection: twelve weeks instead of six. */
    @Schema(type = SchemaType.BOOLEAN,
            description = "Een adviescommissie (Awb 7:13) hoort het bezwaar: twaalf weken in plaats van zes.")
    public String adviescommissie;
}
