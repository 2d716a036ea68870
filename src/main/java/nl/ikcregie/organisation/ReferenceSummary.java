package nl.ikcregie.organisation;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What the start pages show about the programme's reference data. */
public record ReferenceSummary(int ikcCount, Map<IkcCategory, Long> ikcsPerCategory, int organisationCount,
        int validAreaCount, List<PriorityArea> areasDueForReview) {

    /** Areas whose validity ends within this many days are due for re-evaluation (herijking). */
    static final int REVIEW_WINDOW_DAYS = 183;

    static ReferenceSummary of(List<Ikc> ikcs, int organisationCount, List<PriorityArea> areas, LocalDate today) {
        Map<IkcCategory, Long> perCategory = new EnumMap<>(IkcCategory.class);
        for (IkcCategory category : IkcCategory.values()) {
            perCategory.put(category, ikcs.stream().filter(i -> i.category == category).count());
        }
        int valid = (int) areas.stream().filter(a -> a.isValidOn(today)).count();
        List<PriorityArea> due = areas.stream()
                .filter(a -> !a.validUntil.isBefore(today) && a.validUntil.isBefore(today.plusDays(REVIEW_WINDOW_DAYS)))
                .toList();
        return new ReferenceSummary(ikcs.size(), perCategory, organisationCount, valid, due);
    }
}
