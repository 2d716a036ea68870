package nl.ikcregie.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import nl.ikcregie.agreement.Party;

/** What one party of the agreement contributed in the report's year against what it agreed to. */
@Embeddable
public class ReportSpending {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Party party;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal agreed;

    @Column(precision = 12, scale = 2)
    public BigDecimal spent;

    public ReportSpending() {
    }

    public ReportSpending(Party party, BigDecimal agreed) {
        this.party = party;
        this.agreed = agreed;
    }
}
