package nl.ikcregie.round;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One published priority rule of a round. */
@Embeddable
public class PriorityRule {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public PriorityRuleKind kind;

    @Column(length = 50)
    public String parameter;

    @Column(length = 2000)
    public String description;

    public PriorityRule() {
    }

    public PriorityRule(PriorityRuleKind kind, String parameter, String description) {
        this.kind = kind;
        this.parameter = parameter;
        this.description = description;
    }
}
