package nl.ikcregie.round;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What is sent to create or change a subsidieronde (form and JSON alike). */
public class RondeInvoer {

    @Schema(required = true, type = SchemaType.INTEGER, examples = "2027")
    public String jaar;

    @Schema(required = true, maxLength = 200, examples = "Subsidieronde 2027")
    public String titel;

    @Schema(required = true, type = SchemaType.NUMBER, description = "Subsidieplafond in euro's.", examples = "750000")
    public String subsidieplafond;

    @Schema(enumeration = { "VAST", "FORMULE" }, description = "Vast maximum per IKC, of een formule. Standaard VAST.")
    public String maximumSoort;

    @Schema(type = SchemaType.NUMBER, description = "Vast maximum per IKC per jaar (bij VAST).", examples = "50000")
    public String maximumPerIkc;

    @Schema(type = SchemaType.NUMBER, description = "Basisbedrag (bij FORMULE).")
    public String maximumBasisbedrag;

    @Schema(type = SchemaType.NUMBER, description = "Bedrag per kind van 2 jaar en ouder (bij FORMULE).")
    public String maximumPerKind;

    @Schema(format = "date", description = "Teldatum voor het aantal kinderen (bij FORMULE).")
    public String kindTeldatum;

    @Schema(required = true, format = "date-time", examples = "2027-01-15T09:00:00+01:00")
    public String openingsmoment;

    @Schema(required = true, format = "date-time", examples = "2027-03-31T17:00:00+02:00")
    public String sluitingsmoment;

    @Schema(required = true, format = "date", description = "Datum waarop het college uiterlijk beslist.")
    public String beslisdatum;

    @Schema(type = SchemaType.INTEGER, description = "Beslistermijn in weken na ontvangst (Awb 4:13), standaard 8.")
    public String beslistermijnWeken;

    public List<Criterium> criteria = new ArrayList<>();

    public List<Voorrangsregel> voorrangsregels = new ArrayList<>();

    @Schema(description = "De versie waarop de wijziging is gebaseerd; verplicht bij wijzigen.")
    public Long versie;

    /** A weighted assessment criterion. */
    public static class Criterium {
        public String naam;
        public String omschrijving;
        @Schema(type = SchemaType.NUMBER)
        public String gewicht;
    }

    /** A priority rule: its kind and, where the kind needs one, a parameter. */
    public static class Voorrangsregel {
        @Schema(enumeration = { "MINIMUM_AANDEEL_AANDACHTSGEBIEDEN", "VOORRANG_VERLENGDE_LEERTIJD", "VOORRANG_CATEGORIE" })
        public String soort;
        public String parameter;
        public String omschrijving;
    }
}
