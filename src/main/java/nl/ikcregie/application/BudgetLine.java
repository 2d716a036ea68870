package nl.ikcregie.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One activity in the budget: the subsidy asked for it and what each party adds. */
@Embeddable
public class BudgetLine {

    @Column(nullable = false, length = 500)
    public String description;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal amount;

    @Column(name = "cofinancing_education", nullable = false, precision = 12, scale = 2)
    public BigDecimal cofinancingEducation = BigDecimal.ZERO;

    @Column(name = "cofinancing_childcare", nullable = false, precision = 12, scale = 2)
    public BigDecimal cofinancingChildcare = BigDecimal.ZERO;

    @Column(name = "cofinancing_other", nullable = false, precision = 12, scale = 2)
    public BigDecimal cofinancingOther = BigDecimal.ZERO;

    public BudgetLine() {
    }

    public BudgetLine(String description, BigDecimal amount, BigDecimal education, BigDecimal childcare,
            BigDecimal other) {
        this.description = description;
        this.amount = amount;
        this.cofinancingEducation = education;
        this.cofinancingChildcare = childcare;
        this.cofinancingOther = other;
    }

    public BigDecimal total() {
        return amount.add(cofinancingEducation).add(cofinancingChildcare).add(cofinancingOther);
    }
}
