package nl.ikcregie.decision;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Something that must happen by a date: a decision, an obligation, a decision on an objection, a
 * yearly report. {@code organisationId} names the organisation that must act, when it is not the
 * municipality (its aanvragers are reminded too); null when the projectleider acts.
 */
public record Deadline(Kind kind, String key, String subject, String description, LocalDate dueOn, String link,
        Long organisationId) {

    /** The days ahead a deadline starts to need attention. */
    public static final int ATTENTION_DAYS = 14;

    public enum Kind {
        BESLISTERMIJN("Beslistermijn"),
        INSPANNINGSVERPLICHTING("Inspanningsverplichting"),
        BEZWAAR("Beslissing op bezwaar"),
        JAARRAPPORTAGE("Jaarrapportage en verantwoording");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean isLate(LocalDate today) {
        return dueOn.isBefore(today);
    }

    /** Late, or due within the next two weeks. */
    public boolean needsAttention(LocalDate today) {
        return !dueOn.isAfter(today.plusDays(ATTENTION_DAYS));
    }

    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, dueOn);
    }

    /**
     * What needs attention at a glance: the most urgent few, how many there are in all, how many are
     * late, and how many of each kind (a national programme can have thousands at once).
     */
    public record Summary(List<Deadline> mostUrgent, int total, long late, Map<Kind, Long> perKind) {

        public boolean isEmpty() {
            return total == 0;
        }

        /** There are more than the few shown. */
        public boolean hasMore() {
            return total > mostUrgent.size();
        }
    }

    /** Summarises the deadlines that need attention (sorted by {@link #attention}), keeping the first {@code shown}. */
    public static Summary summarise(List<Deadline> attention, LocalDate today, int shown) {
        Map<Kind, Long> perKind = new EnumMap<>(Kind.class);
        for (Deadline d : attention) {
            perKind.merge(d.kind(), 1L, Long::sum);
        }
        return new Summary(attention.subList(0, Math.min(shown, attention.size())), attention.size(),
                attention.stream().filter(d -> d.isLate(today)).count(), perKind);
    }

    /** The deadlines that need attention, the most urgent first (then by subject, for a stable order). */
    public static List<Deadline> attention(List<Deadline> all, LocalDate today) {
        return all.stream().filter(d -> d.needsAttention(today))
                .sorted(Comparator.comparing(Deadline::dueOn).thenComparing(Deadline::subject)
                        .thenComparing(Deadline::key))
                .toList();
    }
}
