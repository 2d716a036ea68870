package nl.ikcregie.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AuditEventTest {

    @Test
    void whatNamesTheActionAndATransition() {
        assertEquals("Ingediend: CONCEPT → INGEDIEND", event("INGEDIEND", "CONCEPT", "INGEDIEND", null, null).what());
        assertEquals("Verwijderd: CONCEPT → -", event("VERWIJDERD", "CONCEPT", null, null, null).what());
        assertEquals("Gewijzigd", event("GEWIJZIGD", null, null, null, null).what());
    }

    @Test
    void theExplanationIsTheReasonThenTheDetails() {
        assertEquals("te veel mislukte pogingen. vanaf 10.0.0.1",
                event("AANMELDING_GEWEIGERD", null, null, "te veel mislukte pogingen", "vanaf 10.0.0.1").explanation());
        assertEquals("naam: A → B", event("GEWIJZIGD", null, null, null, "naam: A → B").explanation());
        assertEquals("", event("GEWIJZIGD", null, null, "", null).explanation());
    }

    private static AuditEvent event(String action, String from, String to, String reason, String details) {
        AuditEvent e = new AuditEvent();
        e.action = action;
        e.fromState = from;
        e.toState = to;
        e.reason = reason;
        e.details = details;
        return e;
    }
}
