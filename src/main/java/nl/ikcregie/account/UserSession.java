package nl.ikcregie.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A session on the server: the browser holds a random token, this row its SHA-256. A session ends on
 * signing out, after its longest duration, when the password changes or the account is blocked.
 */
@Entity
@Table(name = "user_session")
public class UserSession extends PanacheEntityBase {

    @Id
    @Column(name = "token_hash", length = 64)
    public String tokenHash;

    @Column(nullable = false, length = 100)
    public String username;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "end_reason", length = 30)
    public String endReason;

    boolean isValidFor(String name, Instant now) {
        return endedAt == null && now.isBefore(expiresAt) && username.equals(name);
    }
}
