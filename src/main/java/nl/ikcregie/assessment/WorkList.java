package nl.ikcregie.assessment;

import java.time.Instant;
import java.util.List;
import nl.ikcregie.application.SubsidyApplication;
import nl.ikcregie.round.SubsidyRound;

/** A commissielid's work: per closed round the applications assigned to them, and those they keep away from. */
public record WorkList(List<RoundWork> rounds, List<Recusal> recused) {

    /** Where the member stands with one application. */
    public enum State {
        TE_BEOORDELEN("Te beoordelen"), CONCEPT("Concept opgeslagen"), BEOORDEELD("Beoordeeld");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record RoundWork(SubsidyRound round, List<Item> items) {
    }

    public record Item(SubsidyApplication application, State state, Instant submittedAt) {
    }

    /** An application the member does not assess, and why. */
    public record Recusal(SubsidyApplication application, String reason) {
    }

    public boolean isEmpty() {
        return rounds.isEmpty();
    }
}
