package nl.ikcregie.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeadlineSummaryTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    static Deadline deadline(Deadline.Kind kind, String subject, LocalDate dueOn) {
        return new Deadline(kind, kind + "-" + subject, subject, "iets", dueOn, "/x", null);
    }

    @Test
    void theStartPageShowsTheMostUrgentFewAndCountsTheRest() {
        List<Deadline> all = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            all.add(deadline(Deadline.Kind.BESLISTERMIJN, "Aanvraag " + i, TODAY.plusDays(i - 5))); // 5 late, 15 within two weeks
        }
        all.add(deadline(Deadline.Kind.BEZWAAR, "Bezwaar", TODAY.minusDays(40)));
        all.add(deadline(Deadline.Kind.JAARRAPPORTAGE, "Rapportage", TODAY.plusDays(60))); // not yet
        List<Deadline> attention = Deadline.attention(all, TODAY);
        Deadline.Summary summary = Deadline.summarise(attention, TODAY, 10);

        assertEquals(21, summary.total()); // 20 decision terms up to two weeks ahead, and the objection
        assertEquals(6, summary.late());
        assertEquals(Map.of(Deadline.Kind.BESLISTERMIJN, 20L, Deadline.Kind.BEZWAAR, 1L), summary.perKind());
        assertEquals(10, summary.mostUrgent().size());
        assertEquals("Bezwaar", summary.mostUrgent().get(0).subject(), "the most urgent first");
        assertTrue(summary.hasMore());
        assertFalse(summary.isEmpty());

        Deadline.Summary none = Deadline.summarise(List.of(), TODAY, 10);
        assertTrue(none.isEmpty());
        assertFalse(none.hasMore());
    }
}
