package nl.ikcregie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import nl.ikcregie.shared.ClockProducer;

/**
 * The product's clock in tests: the real time, shifted by whatever a test needs (a round that
 * closes, a term that passes). Tests that shift it put it back in a finally block.
 */
@ApplicationScoped
public class TestClock {

    private static volatile Duration offset = Duration.ZERO;

    public static void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    public static void reset() {
        offset = Duration.ZERO;
    }

    @Produces
    @ApplicationScoped
    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ClockProducer.AMSTERDAM;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.now().plus(offset);
            }
        };
    }
}
