package nl.ikcregie.account;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The few threads on which bcrypt comparisons run (by default one per processor), shared fairly
 * between client addresses ({@link FairLanes}): at most one comparison per address at a time, the
 * addresses taking turns. However many sign-ins arrive at once, they cannot occupy the request
 * threads or more cores than this, and a flood from one address delays another address's sign-in by
 * at most one comparison per waiting address.
 */
@ApplicationScoped
public class PasswordChecks {

    @ConfigProperty(name = "ikc.sign-in.password-check-threads")
    Optional<Integer> threads;

    private FairLanes lanes;

    @PostConstruct
    void start() {
        lanes = new FairLanes("sign-in-check", threads.filter(n -> n > 0).orElse(Runtime.getRuntime().availableProcessors()));
    }

    /** Runs {@code check} in the lane of {@code address} on one of the threads. */
    <T> CompletableFuture<T> submit(String address, Supplier<T> check) {
        return lanes.submit(address, check);
    }

    void stop(@Observes ShutdownEvent event) {
        lanes.close(Duration.ofSeconds(30));
    }
}
