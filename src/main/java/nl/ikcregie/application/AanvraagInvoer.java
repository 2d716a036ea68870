package nl.ikcregie.application;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The content of an aanvraag as a form step or an API call sends it (one class, one set of rules). */
public class AanvraagInvoer {

    @Schema(type = SchemaType.INTEGER, description = "Alleen bij aanmaken: het IKC waarvoor de aanvraag is.")
    public String ikcId;

    public Plan plan = new Plan();

    @Schema(maxLength = 4000, description = "Hoe het team, de ouderraden en de MR/IKC-raad het plan steunen.")
    public String draagvlak;

    @Schema(description = "Het IKC voert verplicht verlengde leertijd in.")
    public Boolean verlengdeLeertijd;

    public List<Zelfevaluatie> zelfevaluatie = new ArrayList<>();

    public List<Begrotingsregel> begrotingsregels = new ArrayList<>();

    @Schema(description = "Ids van de kinderopvangorganisaties die de aanvraag mee indienen.")
    public List<String> kinderopvangIds = new ArrayList<>();

    @Schema(description = "De versie waarop de wijziging is gebaseerd; verplicht bij wijzigen.")
    public Long versie;

    /** The IKC ontwikkel canvas: why, how, what. */
    public static class Plan {
        @Schema(maxLength = 10000, description = "Waarom: wat onze kinderen nodig hebben.")
        public String waarom;
        @Schema(maxLength = 10000, description = "Hoe: visie, pijlers, van ... naar.")
        public String hoe;
        @Schema(maxLength = 10000, description = "Wat: de acties, wie, wanneer.")
        public String wat;
    }

    /** One criterion of the Ontwikkelinstrument: current and ambition level. */
    public static class Zelfevaluatie {
        @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "12")
        public String criterium;
        @Schema(enumeration = { "BACK_TO_BACK", "FACE_TO_FACE", "HAND_IN_HAND", "CHEEK_TO_CHEEK", "INTEGRAAL" })
        public String huidigNiveau;
        @Schema(enumeration = { "BACK_TO_BACK", "FACE_TO_FACE", "HAND_IN_HAND", "CHEEK_TO_CHEEK", "INTEGRAAL" })
        public String ambitieNiveau;
    }

    /** One budget line: the subsidy asked for an activity, and co-financing by party. */
    public static class Begrotingsregel {
        @Schema(maxLength = 500)
        public String omschrijving;
        @Schema(type = SchemaType.NUMBER)
        public String bedrag;
        @Schema(type = SchemaType.NUMBER)
        public String cofinancieringOnderwijs;
        @Schema(type = SchemaType.NUMBER)
        public String cofinancieringKinderopvang;
        @Schema(type = SchemaType.NUMBER)
        public String cofinancieringOverig;
    }
}
