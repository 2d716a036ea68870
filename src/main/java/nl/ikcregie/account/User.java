package nl.ikcregie.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import java.util.Optional;

/** A local account: sign-in name, bcrypt password hash, one role and (for most roles) one organisation. */
@Entity
@Table(name = "app_user")
public class User extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 100)
    public String username;

    @Column(name = "password_hash", nullable = false, length = 100)
    public String passwordHash;

    @Column(name = "display_name", nullable = false, length = 200)
    public String displayName;

    @Column(length = 254)
    public String email;

    @Column(nullable = false, length = 20)
    public String role;

    @Column(name = "organisation_id")
    public Long organisationId;

    @Column(nullable = false)
    public boolean active = true;

    @Version
    public long version;

    public void setPassword(String plain) {
        passwordHash = BcryptUtil.bcryptHash(plain);
    }

    public String roleLabel() {
        return nl.ikcregie.shared.Roles.label(role);
    }

    public static Optional<User> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public static List<User> listAllByName() {
        return list("order by username");
    }

    public static List<User> listActiveWithRole(String role) {
        return list("role = ?1 and active = true order by displayName, username", role);
    }

    public static long countWithRole(String role) {
        return count("role", role);
    }
}
