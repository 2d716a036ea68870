package nl.ikcregie.designation;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A herijking of a granted predicaat: the conditions checked again, the outcome and its reason. */
public class HerijkingInvoer {

    @Schema(format = "date", description = "De datum van de herijking (vandaag of eerder).", required = true)
    public String datum;

    @Schema(description = "VOORTZETTEN, AANPASSEN of BEEINDIGEN.", required = true,
            enumeration = { "VOORTZETTEN", "AANPASSEN", "BEEINDIGEN" })
    public String uitkomst;

    @Schema(description = "De motivering van de uitkomst.", required = true)
    public String motivering;

    @Schema(format = "date", description = "Bij aanpassen: de nieuwe einddatum (niet verplicht); bij beëindigen: de laatste dag van het predicaat (standaard de datum van de herijking).")
    public String geldigTot;

    @Schema(description = "De elf voorwaarden opnieuw getoetst; weggelaten voorwaarden blijven zoals ze waren.")
    public List<VoorwaardeToets> voorwaarden = new ArrayList<>();

    @Schema(description = "De versie van het predicaat waarop de herijking is gebaseerd (of de kop If-Match).")
    public Long versie;

    /** One condition checked again at the herijking. */
    public static class VoorwaardeToets {

        @Schema(description = "Het nummer van de voorwaarde, 1 tot en met 11.", required = true)
        public Integer nummer;

        @Schema(description = "Of het IKC nog aan de voorwaarde voldoet.")
        public Boolean voldaan;

        @Schema(description = "De onderbouwing; leeg laat de bestaande staan.")
        public String onderbouwing;
    }
}
