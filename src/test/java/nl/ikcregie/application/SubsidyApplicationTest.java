package nl.ikcregie.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import nl.ikcregie.round.SubsidyRound;
import nl.ikcregie.shared.IllegalTransitionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SubsidyApplicationTest {

    static SubsidyApplication draft() {
        SubsidyApplication application = new SubsidyApplication();
        application.round = new SubsidyRound();
        application.round.decisionTermWeeks = 8;
        return application;
    }

    @Test
    void aDraftIsSubmittedOnceWithItsReference() {
        SubsidyApplication application = draft();
        Instant now = Instant.parse("2027-02-01T10:00:00Z");
        application.submit(now, "KVK-2027-0001");
        assertEquals(ApplicationStatus.INGEDIEND, application.status);
        assertEquals("KVK-2027-0001", application.reference);
        assertEquals(now, application.submittedAt);
        assertEquals(LocalDate.of(2027, 3, 29), application.decisionDeadline(LocalDate.of(2027, 2, 1)));
        assertThrows(IllegalTransitionException.class, () -> application.submit(now, "KVK-2027-0002"));
    }

    @Test
    void onlyTheSubmissionJustMadeCountsAsARepeat() {
        SubsidyApplication application = draft();
        application.version = 3;
        assertFalse(application.isSubmissionFrom(2L), "a draft is not submitted");
        application.submit(Instant.parse("2027-02-01T10:00:00Z"), "KVK-2027-0001");
        application.version = 4; // what the flush of the submission gives
        assertTrue(application.isSubmissionFrom(3L));
        assertFalse(application.isSubmissionFrom(2L), "based on an older version");
        assertFalse(application.isSubmissionFrom(4L));
        assertFalse(application.isSubmissionFrom(null));
    }

    @Test
    void aCompletedApplicationEndsItsSuspensionAndKeepsItsReference() {
        SubsidyApplication application = draft();
        application.submit(Instant.parse("2027-02-01T10:00:00Z"), "KVK-2027-0001");
        application.requestCompletion("Begroting", LocalDate.of(2027, 2, 22), LocalDate.of(2027, 2, 8), "projectleider");
        assertEquals(ApplicationStatus.AANVULLING_GEVRAAGD, application.status);
        assertTrue(application.openCompletionRequest().isPresent());
        application.submit(Instant.parse("2027-02-12T10:00:00Z"), "ignored");
        assertEquals("KVK-2027-0001", application.reference);
        assertFalse(application.openCompletionRequest().isPresent());
        assertEquals(LocalDate.of(2027, 2, 12), application.completionRequests.get(0).completedOn);
        assertEquals(LocalDate.of(2027, 3, 29).plusDays(3), application.decisionDeadline(LocalDate.of(2027, 3, 1)));
        assertEquals(new BigDecimal("0"), application.submittedAmount);
    }

    @Test
    void theRequestedAmountIsTheSumOfTheBudgetLines() {
        SubsidyApplication application = draft();
        application.replaceBudget(List.of(
                new BudgetLine("A", new BigDecimal("12500.50"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO),
                new BudgetLine("B", new BigDecimal("7499.50"), BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ZERO)));
        assertEquals(new BigDecimal("20000.00"), application.requestedAmount);
    }

    @ParameterizedTest
    @EnumSource(ApplicationStatus.class)
    void onlyTheTableDecidesWhereAStatusMayGo(ApplicationStatus from) {
        for (ApplicationStatus to : ApplicationStatus.values()) {
            assertEquals(from.next().contains(to), from.canMoveTo(to), from + " -> " + to);
        }
        assertNotNull(from.label());
    }

    @Test
    void finalStatusesGoNowhereAndOnlyDraftsAndCompletionsAreEditable() {
        for (ApplicationStatus status : EnumSet.of(ApplicationStatus.INGETROKKEN, ApplicationStatus.VASTGESTELD)) {
            assertTrue(status.next().isEmpty());
        }
        // a refusal changes only into another decision (after an upheld objection)
        assertEquals(EnumSet.of(ApplicationStatus.TOEGEKEND, ApplicationStatus.DEELS_TOEGEKEND),
                ApplicationStatus.AFGEWEZEN.next());
        assertEquals(EnumSet.of(ApplicationStatus.CONCEPT, ApplicationStatus.AANVULLING_GEVRAAGD),
                EnumSet.copyOf(java.util.Arrays.stream(ApplicationStatus.values())
                        .filter(ApplicationStatus::isEditableByApplicant).toList()));
    }

    @Test
    void aDraftCannotBeWithdrawnOrDeclaredComplete() {
        assertThrows(IllegalTransitionException.class, () -> draft().withdraw());
        assertThrows(IllegalTransitionException.class, () -> draft().declareComplete(LocalDate.of(2027, 2, 1)));
    }

    @Test
    void anApplicationNotCompletedInTimeIsSetAside() {
        SubsidyApplication application = draft();
        application.submit(Instant.parse("2027-02-01T10:00:00Z"), "KVK-2027-0001");
        application.requestCompletion("Begroting", LocalDate.of(2027, 2, 22), LocalDate.of(2027, 2, 8), "projectleider");
        assertThrows(IllegalTransitionException.class, () -> application.setAside(LocalDate.of(2027, 2, 22)));
        application.setAside(LocalDate.of(2027, 2, 23));
        assertEquals(ApplicationStatus.AFGEWEZEN, application.status);
        assertEquals(LocalDate.of(2027, 2, 23), application.completionRequests.get(0).completedOn);
    }

    @Test
    void declaringCompleteDuringARequestEndsTheSuspension() {
        SubsidyApplication application = draft();
        application.submit(Instant.parse("2027-02-01T10:00:00Z"), "KVK-2027-0001");
        application.requestCompletion("Begroting", LocalDate.of(2027, 2, 22), LocalDate.of(2027, 2, 8), "projectleider");
        application.declareComplete(LocalDate.of(2027, 2, 10));
        assertEquals(ApplicationStatus.ONTVANKELIJK, application.status);
        assertEquals(LocalDate.of(2027, 2, 10), application.completionRequests.get(0).completedOn);
    }

    @Test
    void theYearlyMaximumCountsOtherApplications() {
        YearlyMaximum maximum = new YearlyMaximum(new BigDecimal("50000.00"), new BigDecimal("30000.00"));
        assertTrue(maximum.allows(new BigDecimal("20000.00")));
        assertFalse(maximum.allows(new BigDecimal("25000.00")));
        assertEquals(new BigDecimal("20000.00"), maximum.remaining());
    }
}
