package nl.ikcregie.zgw;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** An object that exists in the zaaksysteem for an application, by our key (see {@link ObjectKeys}), with its URL. */
@Entity
@Table(name = "zgw_object")
public class ZgwObject extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "application_id", nullable = false)
    public long applicationId;

    @Column(name = "object_key", nullable = false, length = 100)
    public String key;

    @Column(nullable = false, length = 1000)
    public String url;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Optional<String> url(long applicationId, String key) {
        return find("applicationId = ?1 and key = ?2", applicationId, key).<ZgwObject>firstResultOptional()
                .map(o -> o.url);
    }

    public static List<ZgwObject> forApplication(long applicationId) {
        return list("applicationId = ?1 order by id", applicationId);
    }
}
