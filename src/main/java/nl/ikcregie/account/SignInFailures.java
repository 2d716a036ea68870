package nl.ikcregie.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** The failed sign-ins of one account name or one address, and its lock (see {@link SignInThrottle}). */
@Entity
@Table(name = "sign_in_throttle")
public class SignInFailures extends PanacheEntityBase {

    public static final String ACCOUNT = "ACCOUNT";
    public static final String ADDRESS = "ADRES";

    @Embeddable
    public record Key(@Column(name = "key_kind", length = 10) String kind,
            @Column(name = "key_value", length = 100) String value) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public int failures;

    @Column(name = "last_failure_at", nullable = false)
    public Instant lastFailureAt;

    @Column(name = "locked_until")
    public Instant lockedUntil;

    SignInThrottle.State state() {
        return new SignInThrottle.State(failures, lastFailureAt, lockedUntil);
    }

    void apply(SignInThrottle.State state) {
        failures = state.failures();
        lastFailureAt = state.lastFailureAt();
        lockedUntil = state.lockedUntil();
    }
}
