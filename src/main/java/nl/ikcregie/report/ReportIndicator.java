package nl.ikcregie.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** An indicator of the agreement with its target for the report's year (copied: the Plan) and the realised value (the Check). */
@Embeddable
public class ReportIndicator {

    @Column(name = "goal_title", nullable = false, length = 300)
    public String goalTitle;

    @Column(nullable = false, length = 300)
    public String name;

    @Column(length = 50)
    public String unit;

    @Column(precision = 12, scale = 2)
    public BigDecimal baseline;

    @Column(precision = 12, scale = 2)
    public BigDecimal target;

    @Column(precision = 12, scale = 2)
    public BigDecimal realised;

    @Column(length = 1000)
    public String note;

    public ReportIndicator() {
    }

    public ReportIndicator(String goalTitle, String name, String unit, BigDecimal baseline, BigDecimal target) {
        this.goalTitle = goalTitle;
        this.name = name;
        this.unit = unit;
        this.baseline = baseline;
        this.target = target;
    }
}
