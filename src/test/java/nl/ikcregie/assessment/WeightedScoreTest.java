package nl.ikcregie.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeightedScoreTest {

    @Test
    void weighsEachCriterion() {
        assertEquals(new BigDecimal("3.60"), WeightedScore.of(List.of(5, 3, 2),
                List.of(new BigDecimal("40"), new BigDecimal("40"), new BigDecimal("20"))));
        assertEquals(new BigDecimal("4.00"), WeightedScore.of(List.of(4), List.of(new BigDecimal("1"))));
    }

    @Test
    void needsOneScorePerCriterion() {
        assertThrows(IllegalArgumentException.class, () -> WeightedScore.of(List.of(4), List.of()));
    }
}
