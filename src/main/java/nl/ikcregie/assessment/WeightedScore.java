package nl.ikcregie.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The weighted score of one assessment: the sum of score times weight, divided by the sum of the weights. */
public final class WeightedScore {

    private WeightedScore() {
    }

    /** {@code scores.get(i)} belongs to the criterion with weight {@code weights.get(i)}. */
    public static BigDecimal of(List<Integer> scores, List<BigDecimal> weights) {
        if (scores.size() != weights.size() || scores.isEmpty()) {
            throw new IllegalArgumentException("one score per criterion");
        }
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal weightSum = BigDecimal.ZERO;
        for (int i = 0; i < scores.size(); i++) {
            total = total.add(weights.get(i).multiply(BigDecimal.valueOf(scores.get(i))));
            weightSum = weightSum.add(weights.get(i));
        }
        return total.divide(weightSum, 2, RoundingMode.HALF_UP);
    }
}
