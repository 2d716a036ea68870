package nl.ikcregie.assessment;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The commissie's consensus as the projectleider records it. */
public class ConsensusInvoer {

    @Schema(type = SchemaType.NUMBER, minimum = "1", maximum = "5", description = "De eindscore (1-5, twee decimalen).")
    public String eindscore;

    @Schema(type = SchemaType.NUMBER, description = "Het bedrag dat de commissie adviseert, ten hoogste het aangevraagde.")
    public String geadviseerdBedrag;

    @Schema(maxLength = 10000, description = "De motivering van de commissie.")
    public String motivering;

    public List<BeoordelingInvoer.Verplichting> inspanningsverplichtingen = new ArrayList<>();

    @Schema(description = "De versie waarop de wijziging is gebaseerd, bij het wijzigen van een vastgelegde consensus.")
    public Long versie;
}
