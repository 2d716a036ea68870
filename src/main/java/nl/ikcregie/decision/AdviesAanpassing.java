package nl.ikcregie.decision;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The projectleider's own amount for an application in the advice (form and JSON). */
public class AdviesAanpassing {

    @Schema(type = SchemaType.NUMBER, description = "Het bedrag in euro's dat de projectleider adviseert.")
    public String bedrag;

    @Schema(description = "Waarom het advies afwijkt.")
    public String reden;
}
