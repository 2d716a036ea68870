package nl.ikcregie.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import java.util.Optional;

/** A school board (onderwijskoepel), a childcare organisation or the municipality. */
@Entity
@Table(name = "organisation")
public class Organisation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public OrganisationKind kind;

    /** Its number in the Handelsregister (KvK), eight digits; unknown for some. */
    @Column(name = "kvk_number", length = 8)
    public String kvkNumber;

    /** Its RSIN (nine digits, elfproef); the zaaksysteem identifies a niet-natuurlijk persoon by it. */
    @Column(length = 9)
    public String rsin;

    @Version
    public long version;

    public static List<Organisation> listAllByName() {
        return list("order by name");
    }

    public static List<Organisation> listByKind(OrganisationKind kind) {
        return list("kind = ?1 order by name", kind);
    }

    public static Optional<Organisation> findByKvkNumber(String kvkNumber) {
        return find("kvkNumber", kvkNumber).firstResultOptional();
    }

    public static Optional<Organisation> findByName(String name) {
        return find("name", name).firstResultOptional();
    }
}
