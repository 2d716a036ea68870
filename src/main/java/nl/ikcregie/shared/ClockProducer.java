package nl.ikcregie.shared;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** One clock for the whole product, in the municipality's time zone; tests may replace it. */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Produces
    @ApplicationScoped
    @DefaultBean
    Clock clock() {
        return Clock.system(AMSTERDAM);
    }
}
