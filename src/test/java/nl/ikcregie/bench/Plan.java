package nl.ikcregie.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The counts of the national data set at a scale: every count is the full-scale count times the
 * scale, rounded, and at least one (at least ten commissieleden and three boards and childcare
 * organisations, so that every application finds five members without a conflict). Participation
 * per year is exact (not drawn), so the number of applications follows from the scale alone.
 */
record Plan(double scale, int ikcs, int schoolBoards, int childcareOrganisations, int priorityAreas, int ikcsInAreas,
        int plusIkcs, int members, Map<Integer, Integer> applicationsPerYear) {

    static final int FIRST_YEAR = 2016;
    /** The big round: closed, every application assessed, not yet advised. */
    static final int ADVICE_YEAR = 2025;
    static final int LAST_DECIDED_YEAR = 2024;
    static final int PROGRAMME_FIRST = 2021;
    static final int PROGRAMME_LAST = 2028;
    static final int ASSESSMENTS_PER_APPLICATION = 5;
    static final int CRITERIA = 12;
    static final long MAXIMUM_CENTS = 50_000_00L;

    /** The share of the IKCs applying each year before 2025 (it grows as the programme becomes known). */
    static final double[] PARTICIPATION = { 0.74, 0.77, 0.80, 0.82, 0.84, 0.86, 0.88, 0.90, 0.92 };

    static Plan at(double scale) {
        if (!(scale > 0) || scale > 10) {
            throw new IllegalArgumentException("scale must be above 0 and at most 10, was " + scale);
        }
        int ikcs = scaled(7_000, scale);
        int inAreas = Math.min(ikcs, scaled(2_100, scale));
        int plus = Math.min(inAreas, scaled(1_000, scale));
        // five assessors per application from members outside its board and partners: never fewer than ten
        // members, spread over at least three boards and three childcare organisations
        int members = Math.max(10, scaled(60, scale));
        Map<Integer, Integer> perYear = new LinkedHashMap<>();
        for (int year = FIRST_YEAR; year <= ADVICE_YEAR; year++) {
            perYear.put(year, year == ADVICE_YEAR ? ikcs
                    : Math.max(1, (int) Math.round(PARTICIPATION[year - FIRST_YEAR] * ikcs)));
        }
        return new Plan(scale, ikcs, Math.max(3, scaled(350, scale)), Math.max(3, scaled(300, scale)),
                Math.min(inAreas, scaled(150, scale)), inAreas, plus, members, perYear);
    }

    static int scaled(int full, double scale) {
        return Math.max(1, (int) Math.round(full * scale));
    }

    int applications() {
        return applicationsPerYear.values().stream().mapToInt(Integer::intValue).sum();
    }

    int decidedApplications() {
        return applications() - applicationsPerYear.get(ADVICE_YEAR);
    }

    int rounds() {
        return applicationsPerYear.size();
    }
}
