package nl.ikcregie.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceSummaryTest {

    static PriorityArea area(String name, String from, String until) {
        PriorityArea area = new PriorityArea();
        area.name = name;
        area.validFrom = LocalDate.parse(from);
        area.validUntil = LocalDate.parse(until);
        return area;
    }

    static Ikc ikc(IkcCategory category) {
        Ikc ikc = new Ikc();
        ikc.category = category;
        return ikc;
    }

    @Test
    void countsIkcsPerCategoryAndFindsAreasDueForReEvaluation() {
        LocalDate today = LocalDate.of(2026, 11, 24);
        List<PriorityArea> areas = List.of(
                area("Verloopt binnenkort", "2025-01-01", "2026-12-31"),
                area("Nog lang geldig", "2025-01-01", "2028-12-31"),
                area("Verlopen", "2023-01-01", "2024-12-31"),
                area("Toekomstig", "2027-01-01", "2028-12-31"));
        ReferenceSummary summary = ReferenceSummary.of(
                List.of(ikc(IkcCategory.PLUS), ikc(IkcCategory.PLUS), ikc(IkcCategory.KLEINE_KERN)), 6, areas, today);
        assertEquals(3, summary.ikcCount());
        assertEquals(2L, summary.ikcsPerCategory().get(IkcCategory.PLUS));
        assertEquals(0L, summary.ikcsPerCategory().get(IkcCategory.REGULIER));
        assertEquals(2, summary.validAreaCount());
        assertEquals(List.of("Verloopt binnenkort"), summary.areasDueForReview().stream().map(a -> a.name).toList());
    }

    @Test
    void anAreaIsValidOnItsFirstAndLastDay() {
        PriorityArea area = area("Grens", "2025-01-01", "2026-12-31");
        assertEquals(true, area.isValidOn(LocalDate.of(2025, 1, 1)));
        assertEquals(true, area.isValidOn(LocalDate.of(2026, 12, 31)));
        assertEquals(false, area.isValidOn(LocalDate.of(2027, 1, 1)));
    }
}
