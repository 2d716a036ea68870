package nl.ikcregie.designation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import nl.ikcregie.organisation.Ikc;
import nl.ikcregie.organisation.IkcCategory;
import nl.ikcregie.organisation.PriorityArea;
import nl.ikcregie.shared.IllegalTransitionException;
import org.junit.jupiter.api.Test;

class DesignationTermsTest {

    static final LocalDate JAN_2025 = LocalDate.of(2025, 1, 1);

    @Test
    void aPredicaatRunsFourYearsButNeverBeyondTheProgramme() {
        assertEquals(LocalDate.of(2028, 12, 31), DesignationTerms.validUntil(JAN_2025));
        assertEquals(LocalDate.of(2026, 2, 28), DesignationTerms.validUntil(LocalDate.of(2022, 3, 1)));
        assertEquals(LocalDate.of(2028, 12, 31), DesignationTerms.validUntil(LocalDate.of(2027, 6, 1)));
    }

    @Test
    void theReviewFallsDueTwoYearsAfterTheGrant() {
        assertEquals(LocalDate.of(2027, 1, 1), DesignationTerms.firstReview(JAN_2025, LocalDate.of(2028, 12, 31)));
        assertEquals(LocalDate.of(2028, 11, 24),
                DesignationTerms.firstReview(LocalDate.of(2026, 11, 24), LocalDate.of(2028, 12, 31)));
        // a predicaat that ends (with the programme) before two years have passed has no herijking
        assertNull(DesignationTerms.firstReview(LocalDate.of(2027, 6, 1), LocalDate.of(2028, 12, 31)));
    }

    @Test
    void aReviewJustBeforeATwoYearPointCountsAsThatPointsHerijking() {
        LocalDate until = LocalDate.of(2030, 12, 31);
        // an early review in March 2026 leaves the herijking of January 2027 in place
        assertEquals(LocalDate.of(2027, 1, 1), DesignationTerms.nextReview(JAN_2025, until, LocalDate.of(2026, 3, 10)));
        // a review in December 2026 is the herijking of January 2027; the next is two years on
        assertEquals(LocalDate.of(2029, 1, 1), DesignationTerms.nextReview(JAN_2025, until, LocalDate.of(2026, 12, 15)));
        assertNull(DesignationTerms.nextReview(JAN_2025, LocalDate.of(2028, 12, 31), LocalDate.of(2026, 12, 15)));
    }

    @Test
    void aReviewIsDueOnItsDateWhenFlaggedWhenTheAreaLapsedOrTheTermRanOut() {
        LocalDate review = LocalDate.of(2027, 1, 1);
        LocalDate until = LocalDate.of(2028, 12, 31);
        assertFalse(DesignationTerms.reviewDue(review, false, true, until, LocalDate.of(2026, 12, 31)));
        assertTrue(DesignationTerms.reviewDue(review, false, true, until, review));
        assertTrue(DesignationTerms.reviewDue(review, true, true, until, LocalDate.of(2026, 3, 1)));
        assertTrue(DesignationTerms.reviewDue(review, false, false, until, LocalDate.of(2026, 3, 1)));
        assertTrue(DesignationTerms.reviewDue(null, false, true, until, LocalDate.of(2029, 1, 1)));
        assertTrue(DesignationTerms.reviewComingUp(review, LocalDate.of(2026, 11, 24)));
        assertFalse(DesignationTerms.reviewComingUp(review, LocalDate.of(2026, 6, 1)));
    }

    @Test
    void theStatusTableAllowsOnlyTheDocumentedMoves() {
        assertTrue(DesignationStatus.VOORGESTELD.canMoveTo(DesignationStatus.TOEGEKEND));
        assertTrue(DesignationStatus.VOORGESTELD.canMoveTo(DesignationStatus.AFGEWEZEN));
        assertTrue(DesignationStatus.VOORGESTELD.canMoveTo(DesignationStatus.INGETROKKEN));
        assertTrue(DesignationStatus.TOEGEKEND.canMoveTo(DesignationStatus.BEEINDIGD));
        assertFalse(DesignationStatus.VOORGESTELD.canMoveTo(DesignationStatus.BEEINDIGD));
        assertFalse(DesignationStatus.TOEGEKEND.canMoveTo(DesignationStatus.AFGEWEZEN));
        for (DesignationStatus last : new DesignationStatus[] { DesignationStatus.AFGEWEZEN,
                DesignationStatus.INGETROKKEN, DesignationStatus.BEEINDIGD }) {
            assertTrue(last.next().isEmpty(), last.name());
        }
    }

    @Test
    void grantingSetsTheTermsAndEndingKeepsTheHistory() {
        PlusDesignation d = PlusDesignation.propose(ikc(), LocalDate.of(2024, 11, 1), "projectleider", null);
        assertEquals(11, d.conditions.size());
        assertEquals(11, d.unmetConditions().size());
        d.grant(LocalDate.of(2024, 12, 17), "bestuurder", JAN_2025, null, IkcCategory.KLEINE_KERN);
        assertEquals(DesignationStatus.TOEGEKEND, d.status);
        assertEquals(LocalDate.of(2028, 12, 31), d.validUntil);
        assertEquals(LocalDate.of(2027, 1, 1), d.reviewOn);
        assertEquals(IkcCategory.KLEINE_KERN, d.previousCategory);
        assertThrows(IllegalTransitionException.class, () -> d.reject(LocalDate.of(2025, 2, 1), "te laat"));
        d.review(LocalDate.of(2026, 12, 20), ReviewOutcome.VOORTZETTEN, "Alles op orde", true, null, "projectleider",
                java.time.Instant.now());
        assertNull(d.reviewOn, "the next two-year point lies after the end of the programme");
        d.end(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 6, 30), "Gebied vervalt");
        assertEquals(DesignationStatus.BEEINDIGD, d.status);
        assertEquals(LocalDate.of(2027, 6, 30), d.validUntil);
        assertEquals(1, d.reviews.size());
        Timeline timeline = Timeline.of(java.util.List.of(d), LocalDate.of(2027, 3, 1));
        assertEquals(java.util.List.of("Voorgedragen voor het Plus-IKC predicaat", "Predicaat toegekend",
                "Herijking: voortzetten", "Predicaat beëindigd"),
                timeline.entries().stream().map(Timeline.Entry::title).toList());
    }

    @Test
    void aGrantedPredicaatIsFlaggedOnceUntilTheNextReview() {
        PlusDesignation d = PlusDesignation.propose(ikc(), LocalDate.of(2024, 11, 1), "projectleider", null);
        assertFalse(d.flag(LocalDate.of(2024, 11, 2), "te vroeg"), "a proposal is not flagged");
        d.grant(LocalDate.of(2024, 12, 17), "bestuurder", JAN_2025, null, IkcCategory.PLUS);
        assertEquals(IkcCategory.REGULIER, d.previousCategory);
        assertTrue(d.flag(LocalDate.of(2026, 5, 1), "gebied gewijzigd"));
        assertFalse(d.flag(LocalDate.of(2026, 6, 1), "nog eens"));
        assertTrue(d.reviewDue(LocalDate.of(2026, 5, 2)));
        d.review(LocalDate.of(2026, 5, 10), ReviewOutcome.VOORTZETTEN, "Gebied blijft", true, null, "projectleider",
                java.time.Instant.now());
        assertFalse(d.isFlagged());
        assertEquals(LocalDate.of(2027, 1, 1), d.reviewOn);
        assertFalse(d.reviewDue(LocalDate.of(2026, 5, 11)));
    }

    static Ikc ikc() {
        Ikc ikc = new Ikc();
        ikc.id = 1L;
        ikc.name = "IKC Proef";
        PriorityArea area = new PriorityArea();
        area.name = "Proefwijk";
        area.validFrom = LocalDate.of(2025, 1, 1);
        area.validUntil = LocalDate.of(2028, 12, 31);
        ikc.priorityArea = area;
        return ikc;
    }
}
