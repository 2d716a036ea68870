package nl.ikcregie.agreement;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The content of a concept version as sent by the edit form or the API (every value as typed). */
public class InhoudInvoer {

    @Schema(type = SchemaType.INTEGER, description = "Het nummer van de conceptversie die u wijzigt (verplicht bij wijzigen).")
    public String versie;

    @Schema(type = SchemaType.INTEGER, description = "De revisie van die versie waarop de wijziging is gebaseerd (of de kop If-Match \"versie.revisie\").")
    public String revisie;

    @Schema(maxLength = 10000, description = "Hoe het aanbod volgt uit de data-analyse.")
    public String aanbodUitDataAnalyse;

    @Schema(maxLength = 10000, description = "Hoe het IKC wordt aangestuurd.")
    public String aansturing;

    @Schema(maxLength = 10000, description = "De stappen naar een nieuw IKC-functiehuis.")
    public String functiehuis;

    @Schema(maxLength = 10000, description = "Hoe onderwijs en opvang zijn ingericht.")
    public String inrichting;

    public List<Doel> doelen = new ArrayList<>();

    public List<Bijdrage> bijdragen = new ArrayList<>();

    public List<Formatie> formatie = new ArrayList<>();

    /** A goal with its indicators. */
    public static class Doel {
        @Schema(maxLength = 300)
        public String titel;
        @Schema(maxLength = 2000)
        public String omschrijving;
        public List<Indicator> indicatoren = new ArrayList<>();
    }

    /** An indicator: unit, baseline and yearly targets. */
    public static class Indicator {
        @Schema(maxLength = 300)
        public String naam;
        @Schema(maxLength = 50, examples = "%")
        public String eenheid;
        @Schema(type = SchemaType.NUMBER, description = "De nulmeting.")
        public String nulmeting;
        public List<Streefwaarde> streefwaarden = new ArrayList<>();
    }

    /** The target of an indicator in one year. */
    public static class Streefwaarde {
        @Schema(type = SchemaType.INTEGER, examples = "2024")
        public String jaar;
        @Schema(type = SchemaType.NUMBER)
        public String waarde;
    }

    /** A contribution of one party from one funding source in one year. */
    public static class Bijdrage {
        @Schema(enumeration = { "GEMEENTE", "ONDERWIJSKOEPEL", "KINDEROPVANG" })
        public String partij;
        @Schema(enumeration = { "OAB", "VVE", "LUMPSUM", "COLLEGEPROGRAMMA", "EIGEN_MIDDELEN" })
        public String bron;
        @Schema(type = SchemaType.INTEGER)
        public String jaar;
        @Schema(type = SchemaType.NUMBER, description = "Bedrag in euro's.")
        public String bedrag;
    }

    /** A staffing line the agreement pays for. */
    public static class Formatie {
        @Schema(enumeration = { "JEUGDONDERSTEUNER", "JEUGDONDERSTEUNER_VVE", "PEDAGOOG_GGD", "PROCESBEGELEIDER" })
        public String functie;
        @Schema(type = SchemaType.NUMBER, description = "Uren per week.")
        public String urenPerWeek;
        @Schema(enumeration = { "GEMEENTE", "ONDERWIJSKOEPEL", "KINDEROPVANG" })
        public String gefinancierdDoor;
        @Schema(enumeration = { "OAB", "VVE", "LUMPSUM", "COLLEGEPROGRAMMA", "EIGEN_MIDDELEN" })
        public String bron;
        @Schema(type = SchemaType.INTEGER)
        public String vanJaar;
        @Schema(type = SchemaType.INTEGER)
        public String totEnMetJaar;
        @Schema(maxLength = 500)
        public String toelichting;
    }
}
