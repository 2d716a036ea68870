package nl.ikcregie.application;

import java.math.BigDecimal;

/** How much of an IKC's yearly maximum is left, counting the IKC's other applications of that year. */
public record YearlyMaximum(BigDecimal maximum, BigDecimal otherApplications) {

    public BigDecimal remaining() {
        return maximum.subtract(otherApplications).max(BigDecimal.ZERO);
    }

    public boolean allows(BigDecimal requested) {
        return otherApplications.add(requested).compareTo(maximum) <= 0;
    }
}
