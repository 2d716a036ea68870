package nl.ikcregie.round;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One criterion the commissie scores every application on, with its weight. */
@Embeddable
public class AssessmentCriterion {

    @Column(nullable = false, length = 200)
    public String name;

    @Column(length = 2000)
    public String description;

    @Column(nullable = false, precision = 5, scale = 2)
    public BigDecimal weight;

    public AssessmentCriterion() {
    }

    public AssessmentCriterion(String name, String description, BigDecimal weight) {
        this.name = name;
        this.description = description;
        this.weight = weight;
    }
}
