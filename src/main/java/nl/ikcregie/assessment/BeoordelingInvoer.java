package nl.ikcregie.assessment;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A commissielid's assessment: a score per criterion of the round, a proposed amount and obligations. */
public class BeoordelingInvoer {

    @Schema(description = "Eén score per criterium van de ronde (criterium: 1 = het eerste criterium).")
    public List<ScoreInvoer> scores = new ArrayList<>();

    @Schema(type = SchemaType.NUMBER, description = "Het voorgestelde bedrag in euro's, ten hoogste het aangevraagde.")
    public String voorgesteldBedrag;

    public List<Verplichting> inspanningsverplichtingen = new ArrayList<>();

    /** One score. */
    public static class ScoreInvoer {
        @Schema(type = SchemaType.INTEGER)
        public String criterium;
        @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "5")
        public String score;
        @Schema(maxLength = 4000)
        public String motivering;
    }

    /** An inspanningsverplichting with its due date. */
    public static class Verplichting {
        @Schema(maxLength = 1000)
        public String omschrijving;
        @Schema(format = "date")
        public String deadline;
    }
}
