package nl.ikcregie.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.ikcregie.shared.ClockProducer;

/** An assessment as the JSON API shows it. */
public record Beoordeling(Long id, Long aanvraagId, String commissielid, List<Score> scores, BigDecimal gewogenScore,
        BigDecimal voorgesteldBedrag, List<Verplichting> inspanningsverplichtingen, OffsetDateTime ingediendOp) {

    public record Score(int criterium, int score, String motivering) {
    }

    public record Verplichting(String omschrijving, LocalDate deadline) {
    }

    static Beoordeling of(Assessment a, BigDecimal weighted) {
        return new Beoordeling(a.id, a.application.id, a.memberUsername,
                a.scores.stream().map(s -> new Score(s.criterion, s.score, s.motivation)).toList(), weighted,
                a.proposedAmount, a.obligations.stream().map(o -> new Verplichting(o.description, o.dueOn)).toList(),
                a.submittedAt.atZone(ClockProducer.AMSTERDAM).toOffsetDateTime());
    }
}
