package nl.ikcregie.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** The audit trail is append-only in the database itself, and kept for the configured retention. */
@QuarkusTest
class AuditTrailTest {

    @Inject
    AuditRetention retention;

    @Test
    void noEventCanBeUpdatedNotEvenThroughPlainSql() {
        long id = event(Instant.now(), "bijwerken");
        RuntimeException refused = assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                AuditEvent.getEntityManager().createNativeQuery("UPDATE audit_event SET actor = 'iemand anders' WHERE id = ?1")
                        .setParameter(1, id).executeUpdate()));
        assertTrue(chain(refused).contains("append-only"), chain(refused));
        assertEquals("test", QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>findById(id).actor));
    }

    @Test
    void anEventYoungerThanSevenYearsCannotBeDeleted() {
        long id = event(ZonedDateTime.now().minusYears(6).toInstant(), "te jong");
        RuntimeException refused = assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                AuditEvent.getEntityManager().createNativeQuery("DELETE FROM audit_event WHERE id = ?1")
                        .setParameter(1, id).executeUpdate()));
        assertTrue(chain(refused).contains("append-only"), chain(refused));
        assertNotNull(QuarkusTransaction.requiringNew().call(() -> AuditEvent.findById(id)));
    }

    @Test
    void theNightlyRetentionDeletesOnlyWhatIsOlderThanTheRetention() {
        long past = event(ZonedDateTime.now().minusYears(10).minusDays(2).toInstant(), "voorbij de bewaartermijn");
        long kept = event(ZonedDateTime.now().minusYears(10).plusDays(2).toInstant(), "nog binnen de bewaartermijn");
        long recent = event(Instant.now(), "van vandaag");
        assertTrue(retention.purge() >= 1);
        QuarkusTransaction.requiringNew().run(() -> {
            assertNull(AuditEvent.findById(past));
            assertNotNull(AuditEvent.findById(kept));
            assertNotNull(AuditEvent.findById(recent));
        });
    }

    @Test
    void aRetentionShorterThanSevenYearsIsRefusedAtStart() {
        AuditRetention tooShort = new AuditRetention();
        tooShort.years = 5;
        IllegalStateException refused = assertThrows(IllegalStateException.class, tooShort::checkRetention);
        assertTrue(refused.getMessage().contains("at least 7 years"), refused.getMessage());
    }

    private static long event(Instant at, String details) {
        return QuarkusTransaction.requiringNew().call(() -> {
            AuditEvent event = new AuditEvent();
            event.occurredAt = at;
            event.actor = "test";
            event.entityType = "TEST";
            event.entityId = 1L;
            event.action = "GEWIJZIGD";
            event.details = details;
            event.persist();
            return event.id;
        });
    }

    private static String chain(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            all.append(cause.getMessage()).append(" | ");
        }
        return all.toString();
    }
}
