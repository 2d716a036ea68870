package nl.ikcregie.agreement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A goal of one version, with its indicators. */
@Entity
@Table(name = "agreement_goal")
public class AgreementGoal extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "version_id", nullable = false)
    public AgreementVersion version;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false, length = 300)
    public String title;

    @Column(length = 2000)
    public String description;

    @OneToMany(mappedBy = "goal", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<AgreementIndicator> indicators = new ArrayList<>();

    static AgreementGoal of(AgreementVersion version, int position, AgreementContent.Goal value) {
        AgreementGoal goal = new AgreementGoal();
        goal.version = version;
        goal.position = position;
        goal.title = value.title();
        goal.description = value.description();
        for (AgreementContent.Indicator i : value.indicators()) {
            goal.indicators.add(AgreementIndicator.of(goal, goal.indicators.size(), i));
        }
        return goal;
    }

    AgreementContent.Goal toValue() {
        return new AgreementContent.Goal(title, description,
                indicators.stream().map(AgreementIndicator::toValue).toList());
    }
}
