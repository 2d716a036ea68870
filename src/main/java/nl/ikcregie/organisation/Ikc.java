package nl.ikcregie.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** An integraal kindcentrum: one location where childcare and primary education work as one. */
@Entity
@Table(name = "ikc")
public class Ikc extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 200)
    public String name;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "school_board_id", nullable = false)
    public Organisation schoolBoard;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "priority_area_id")
    public PriorityArea priorityArea;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public IkcCategory category;

    @Column(name = "special_education", nullable = false)
    public boolean specialEducation;

    @Column(length = 200)
    public String neighbourhood;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "ikc_childcare_partner",
            joinColumns = @JoinColumn(name = "ikc_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    @OrderBy("name")
    public Set<Organisation> childcarePartners = new LinkedHashSet<>();

    /** Children aged 2 and over per count date; a formula maximum of a round reads it. */
    @ElementCollection
    @CollectionTable(name = "ikc_child_count", joinColumns = @JoinColumn(name = "ikc_id"))
    @MapKeyColumn(name = "count_date")
    @Column(name = "children", nullable = false)
    @OrderBy("count_date")
    public Map<LocalDate, Integer> childCounts = new TreeMap<>();

    @Version
    public long version;

    private static final String WITH_RELATIONS = "select distinct i from Ikc i join fetch i.schoolBoard "
            + "left join fetch i.priorityArea left join fetch i.childcarePartners ";

    /** All IKCs with what a list page shows, in one statement. */
    public static List<Ikc> listAllWithRelations() {
        return find(WITH_RELATIONS + "order by i.name").list();
    }

    /** The IKCs an organisation takes part in, as school board or as childcare partner. */
    public static List<Ikc> listForOrganisation(long organisationId) {
        return find(WITH_RELATIONS + "where i.schoolBoard.id = ?1 or i.id in "
                + "(select j.id from Ikc j join j.childcarePartners p where p.id = ?1) order by i.name",
                organisationId).list();
    }

    public static Optional<Ikc> findWithRelations(long id) {
        return find(WITH_RELATIONS + "where i.id = ?1", id).singleResultOptional();
    }

    public static Optional<Ikc> findByName(String name) {
        return find("name", name).firstResultOptional();
    }

    public boolean involves(long organisationId) {
        return schoolBoard.id == organisationId
                || childcarePartners.stream().anyMatch(p -> p.id == organisationId);
    }
}
