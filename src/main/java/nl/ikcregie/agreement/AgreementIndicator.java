package nl.ikcregie.agreement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/** An indicator of a goal: unit, baseline (nulmeting) and a target per year. */
@Entity
@Table(name = "agreement_indicator")
public class AgreementIndicator extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "goal_id", nullable = false)
    public AgreementGoal goal;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false, length = 300)
    public String name;

    @Column(length = 50)
    public String unit;

    @Column(precision = 12, scale = 2)
    public BigDecimal baseline;

    @ElementCollection
    @CollectionTable(name = "agreement_indicator_target", joinColumns = @JoinColumn(name = "indicator_id"))
    @MapKeyColumn(name = "target_year")
    @Column(name = "target", nullable = false, precision = 12, scale = 2)
    @OrderBy("target_year")
    public Map<Integer, BigDecimal> targets = new TreeMap<>();

    static AgreementIndicator of(AgreementGoal goal, int position, AgreementContent.Indicator value) {
        AgreementIndicator indicator = new AgreementIndicator();
        indicator.goal = goal;
        indicator.position = position;
        indicator.name = value.name();
        indicator.unit = value.unit();
        indicator.baseline = value.baseline() == null ? null : value.baseline().setScale(2);
        indicator.targets.putAll(AgreementVersion.scaled(value.targets()));
        return indicator;
    }

    AgreementContent.Indicator toValue() {
        return new AgreementContent.Indicator(name, unit, baseline == null ? null : baseline.setScale(2),
                AgreementVersion.scaled(targets));
    }
}
