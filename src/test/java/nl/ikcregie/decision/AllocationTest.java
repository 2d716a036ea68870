package nl.ikcregie.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import nl.ikcregie.decision.Allocation.Candidate;
import nl.ikcregie.decision.Allocation.Line;
import nl.ikcregie.decision.Allocation.Result;
import nl.ikcregie.decision.Allocation.Rules;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class AllocationTest {

    static final BigDecimal MAX = new BigDecimal("50000.00");

    static Candidate candidate(long id, String score, String requested, boolean area) {
        return new Candidate(id, String.format("KVK-2026-%04d", id), "IKC " + id, new BigDecimal(score),
                new BigDecimal(requested), MAX, area, false, area ? "PLUS" : "REGULIER");
    }

    @Test
    void ranksByScoreAndHonoursTheLastOnePartially() {
        Result result = Allocation.allocate(List.of(candidate(1, "3.0", "40000", false),
                candidate(2, "4.5", "40000", false), candidate(3, "4.0", "40000", false)),
                new Rules(new BigDecimal("100000"), 0, false, null));
        assertEquals(List.of(2L, 3L, 1L), result.lines().stream().map(Line::applicationId).toList());
        assertEquals(new BigDecimal("40000.00"), result.lines().get(0).amount());
        assertEquals(new BigDecimal("20000.00"), result.lines().get(2).amount());
        assertTrue(result.lines().get(2).explanation().startsWith("Rang 3, gewogen score 3,00"));
        assertTrue(result.lines().get(2).explanation().contains("Deels gehonoreerd"));
        assertEquals(new BigDecimal("100000.00"), result.total());
    }

    @Test
    void aRequestAboveTheMaximumIsCappedAndExplained() {
        Candidate c = new Candidate(1, "KVK-2026-0001", "IKC", new BigDecimal("4"), new BigDecimal("60000"), MAX, false,
                false, "REGULIER");
        Line line = Allocation.allocate(List.of(c), new Rules(new BigDecimal("750000"), 0, false, null)).lines().get(0);
        assertEquals(MAX, line.amount());
        assertTrue(line.explanation().contains("begrensd op het maximum van"));
    }

    @Test
    void theMinimumShareForAandachtsgebiedenIsServedFirst() {
        // the two area applications score lowest, yet get at least 70% of the ceiling
        Result result = Allocation.allocate(List.of(candidate(1, "5", "50000", false), candidate(2, "5", "50000", false),
                candidate(3, "2", "50000", true), candidate(4, "2", "50000", true)),
                new Rules(new BigDecimal("100000"), 70, false, null));
        assertEquals(new BigDecimal("70000.00"), result.totalInPriorityAreas());
        assertEquals(new BigDecimal("100000.00"), result.total());
    }

    @Test
    void tiesAreBrokenByTheEarliestReceipt() {
        Result result = Allocation.allocate(List.of(candidate(9, "4", "30000", false), candidate(3, "4", "30000", false)),
                new Rules(new BigDecimal("30000"), 0, false, null));
        assertEquals(3L, result.lines().get(0).applicationId());
        assertEquals(new BigDecimal("30000.00"), result.lines().get(0).amount());
        assertEquals(BigDecimal.ZERO.setScale(2), result.lines().get(1).amount());
    }

    @Test
    void extendedLearningTimeGoesFirstWhenTheRoundSaysSo() {
        Candidate plain = candidate(1, "5", "50000", false);
        Candidate elt = new Candidate(2, "KVK-2026-0002", "IKC 2", new BigDecimal("3"), new BigDecimal("50000"), MAX,
                false, true, "REGULIER");
        Result result = Allocation.allocate(List.of(plain, elt), new Rules(new BigDecimal("50000"), 0, true, null));
        assertEquals(2L, result.lines().get(0).applicationId());
        assertTrue(result.lines().get(0).explanation().contains("verplicht verlengde leertijd"));
    }

    /** Many generated rounds: the ceiling, the maxima and the priority share always hold, and order never matters. */
    @RepeatedTest(300)
    void theRulesHoldForAnyRound(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        int n = 1 + random.nextInt(40);
        List<Candidate> candidates = new ArrayList<>();
        BigDecimal areaDemand = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            BigDecimal maximum = BigDecimal.valueOf(10_000 + random.nextInt(40_001)).setScale(2);
            BigDecimal requested = BigDecimal.valueOf(random.nextInt(6_000_001), 2);
            boolean area = random.nextBoolean();
            Candidate c = new Candidate(i + 1, String.format("KVK-2026-%04d", i + 1), "IKC " + i,
                    BigDecimal.valueOf(100 + random.nextInt(401), 2), requested, maximum, area, random.nextInt(5) == 0,
                    area ? "PLUS" : "REGULIER");
            candidates.add(c);
            if (area) {
                areaDemand = areaDemand.add(Allocation.eligible(c));
            }
        }
        BigDecimal ceiling = BigDecimal.valueOf(random.nextInt(1_500_001), 2);
        int share = random.nextInt(101);
        Rules rules = new Rules(ceiling, share, random.nextBoolean(), random.nextBoolean() ? "PLUS" : null);

        Result result = Allocation.allocate(candidates, rules);

        assertTrue(result.total().compareTo(ceiling) <= 0, "total within the ceiling");
        for (Line line : result.lines()) {
            Candidate c = candidates.stream().filter(x -> x.applicationId() == line.applicationId()).findFirst().orElseThrow();
            assertTrue(line.amount().signum() >= 0);
            assertTrue(line.amount().compareTo(c.maximum()) <= 0, "never above the IKC's maximum");
            assertTrue(line.amount().compareTo(c.requested()) <= 0, "never above the request");
        }
        BigDecimal reserve = ceiling.multiply(BigDecimal.valueOf(share)).divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
        assertTrue(result.totalInPriorityAreas().compareTo(reserve.min(areaDemand)) >= 0, "priority share served");
        List<Candidate> shuffled = new ArrayList<>(candidates);
        Collections.shuffle(shuffled, random);
        assertEquals(result, Allocation.allocate(shuffled, rules), "deterministic whatever the input order");
    }

    @Test
    void theRulesReadAsTheCollegeNeedsThem() {
        String text = String.join(" ", Allocation.describe(new Rules(new BigDecimal("750000"), 70, true, "PLUS"),
                "€ 50.000,00 per IKC per jaar", "A. Plus-IKC")).replace('\u00a0', ' ');
        assertTrue(text.contains("ten minste 70% van het plafond (€ 525.000,00)"), text);
        assertTrue(text.contains("maximum per IKC (€ 50.000,00 per IKC per jaar)"), text);
        assertTrue(text.contains("Voorrang hebben IKC's die verplicht verlengde leertijd invoeren en daarna IKC's van categorie A. Plus-IKC"), text);
        assertTrue(text.contains("Bij een gelijke score gaat de aanvraag met het vroegste ontvangstkenmerk voor."), text);
        String plain = String.join(" ", Allocation.describe(new Rules(new BigDecimal("100000"), 0, false, null),
                "€ 50.000,00 per IKC per jaar", null));
        assertTrue(plain.contains("geen minimumaandeel") && plain.contains("De rang volgt uit de gewogen score"), plain);
    }

    @Test
    void aLongPlanIsCutAtAWordForThePrintedAdvice() {
        assertEquals("Ouderkamer.", AdviceService.shortened("  Ouderkamer.\n"));
        assertEquals(null, AdviceService.shortened(" "));
        String shortened = AdviceService.shortened("woord ".repeat(1000));
        assertTrue(shortened.length() < AdviceService.PLAN_LENGTH + 80, "length " + shortened.length());
        assertTrue(shortened.endsWith("woord … (ingekort; de volledige tekst staat in de aanvraag)"), shortened);
    }
}
