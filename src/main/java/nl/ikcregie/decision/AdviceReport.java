package nl.ikcregie.decision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The advice as the college reads it on paper: the round, the allocation rules in words, the
 * advice itself and per application its explanation, plan in short and the commissie's consensus.
 */
public record AdviceReport(String roundTitle, int year, BigDecimal ceiling, LocalDate date, List<String> rules,
        Advies advice, List<Section> sections) {

    /** What the ranked applications ask in all. */
    public BigDecimal totalRequested() {
        return advice.items().stream().map(Advies.Item::aangevraagdBedrag).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** One application's part of the document; {@code plan} is the applicant's own text (the plan's "wat"). */
    public record Section(Advies.Item item, String plan) {
    }
}
