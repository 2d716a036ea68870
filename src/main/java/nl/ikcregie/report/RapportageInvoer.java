package nl.ikcregie.report;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the school board fills in on a yearly report (form and JSON). Any subset may be sent: a
 * missing property (null) leaves the stored value alone, an empty one clears it. Rows of lists
 * follow the order of the report (its {@code nummer}, {@code partij} or {@code criterium}).
 */
public class RapportageInvoer {

    @Schema(description = "De versie waarop de wijziging is gebaseerd (of de kop If-Match).")
    public Long versie;

    public Plan plan = new Plan();
    public Uitvoering uitvoering = new Uitvoering();
    public Check check = new Check();
    public Act act = new Act();

    public static class Plan {
        @Schema(maxLength = 20000, description = "Het plan voor het jaar (vooringevuld uit de aanvraag).")
        public String tekst;
    }

    public static class Uitvoering {
        @Schema(maxLength = 20000, description = "Do: wat is er gedaan.")
        public String tekst;
    }

    public static class Act {
        @Schema(maxLength = 20000, description = "Act: wat verandert er volgend jaar.")
        public String tekst;
        @Schema(maxLength = 20000, description = "Voorstellen om de resultaatafspraak te wijzigen (optioneel).")
        public String wijzigingsvoorstel;
    }

    public static class Check {
        public List<Indicator> indicatoren = new ArrayList<>();
        @Schema(type = SchemaType.STRING, description = "De besteede subsidie in euro, bijvoorbeeld 29.500,00 of 29500.00.")
        public String subsidieBesteed;
        @Schema(maxLength = 2000)
        public String toelichtingBesteding;
        public List<Besteding> bestedingPerPartij = new ArrayList<>();
        public List<Niveau> zelfevaluatie = new ArrayList<>();
        public List<Verplichting> inspanningsverplichtingen = new ArrayList<>();
        public List<Formatie> formatie = new ArrayList<>();
    }

    public static class Indicator {
        @Schema(type = SchemaType.INTEGER, description = "Het nummer van de indicator (1, 2, ...); zonder nummer telt de volgorde.")
        public String nummer;
        @Schema(type = SchemaType.STRING, description = "De gerealiseerde waarde, bijvoorbeeld 82 of 82,5.")
        public String gerealiseerd;
        @Schema(maxLength = 1000)
        public String toelichting;
    }

    public static class Besteding {
        @Schema(description = "GEMEENTE, ONDERWIJSKOEPEL of KINDEROPVANG; zonder partij telt de volgorde.")
        public String partij;
        @Schema(type = SchemaType.STRING, description = "Het besteede bedrag in euro.")
        public String besteed;
    }

    public static class Niveau {
        @Schema(type = SchemaType.INTEGER, description = "Het criterium (1-12); zonder criterium telt de volgorde.")
        public String criterium;
        @Schema(description = "BACK_TO_BACK, FACE_TO_FACE, HAND_IN_HAND, CHEEK_TO_CHEEK of INTEGRAAL.")
        public String niveau;
    }

    public static class Verplichting {
        @Schema(type = SchemaType.INTEGER)
        public String nummer;
        @Schema(description = "NAGEKOMEN, DEELS_NAGEKOMEN of NIET_NAGEKOMEN.")
        public String status;
        @Schema(maxLength = 2000)
        public String toelichting;
    }

    public static class Formatie {
        @Schema(type = SchemaType.INTEGER)
        public String nummer;
        @Schema(type = SchemaType.STRING, description = "De uren per week die echt zijn ingevuld, bijvoorbeeld 22 of 18,5.")
        public String urenIngevuld;
    }
}
