package nl.ikcregie.round;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** The most one IKC may receive per year in a round: a fixed amount or base + per child on a count date. */
@Embeddable
public class MaximumPerIkc {

    @Enumerated(EnumType.STRING)
    @Column(name = "maximum_kind", nullable = false, length = 20)
    public MaximumKind kind = MaximumKind.VAST;

    @Column(name = "maximum_fixed", precision = 12, scale = 2)
    public BigDecimal fixedAmount;

    @Column(name = "maximum_base", precision = 12, scale = 2)
    public BigDecimal baseAmount;

    @Column(name = "maximum_per_child", precision = 12, scale = 2)
    public BigDecimal perChild;

    @Column(name = "child_count_date")
    public LocalDate countDate;

    public static MaximumPerIkc fixed(BigDecimal amount) {
        MaximumPerIkc maximum = new MaximumPerIkc();
        maximum.kind = MaximumKind.VAST;
        maximum.fixedAmount = amount;
        return maximum;
    }

    public static MaximumPerIkc formula(BigDecimal base, BigDecimal perChild, LocalDate countDate) {
        MaximumPerIkc maximum = new MaximumPerIkc();
        maximum.kind = MaximumKind.FORMULE;
        maximum.baseAmount = base;
        maximum.perChild = perChild;
        maximum.countDate = countDate;
        return maximum;
    }

    /**
     * The maximum for an IKC with this many children aged 2+ on the count date; a formula round
     * with no recorded count gives the base amount alone.
     */
    public BigDecimal forChildren(Integer children) {
        if (kind == MaximumKind.VAST) {
            return fixedAmount;
        }
        int count = children == null ? 0 : children;
        return baseAmount.add(perChild.multiply(BigDecimal.valueOf(count))).setScale(2, RoundingMode.HALF_UP);
    }

    public String describe() {
        if (kind == MaximumKind.VAST) {
            return nl.ikcregie.shared.Money.format(fixedAmount) + " per IKC per jaar";
        }
        return nl.ikcregie.shared.Money.format(baseAmount) + " plus " + nl.ikcregie.shared.Money.format(perChild)
                + " per kind van 2 jaar en ouder op " + countDate;
    }
}
