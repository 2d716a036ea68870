package nl.ikcregie.shared.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GeneralTermsActTest {

    private final GeneralTermsAct act = GeneralTermsAct.STANDARD;

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void easterAndTheFeastsThatMoveWithIt2025To2030() {
        List<LocalDate> easter = List.of(d(2025, 4, 20), d(2026, 4, 5), d(2027, 3, 28), d(2028, 4, 16),
                d(2029, 4, 1), d(2030, 4, 21));
        List<LocalDate> ascension = List.of(d(2025, 5, 29), d(2026, 5, 14), d(2027, 5, 6), d(2028, 5, 25),
                d(2029, 5, 10), d(2030, 5, 30));
        List<LocalDate> whitMonday = List.of(d(2025, 6, 9), d(2026, 5, 25), d(2027, 5, 17), d(2028, 6, 5),
                d(2029, 5, 21), d(2030, 6, 10));
        for (int i = 0; i < 6; i++) {
            int year = 2025 + i;
            assertEquals(easter.get(i), GeneralTermsAct.easterSunday(year), "Easter " + year);
            assertTrue(act.isRecognisedHoliday(easter.get(i).plusDays(1)), "Easter Monday " + year);
            assertTrue(act.isRecognisedHoliday(ascension.get(i)), "Ascension " + year);
            assertTrue(act.isRecognisedHoliday(whitMonday.get(i)), "Whit Monday " + year);
            assertFalse(act.isRecognisedHoliday(easter.get(i).minusDays(2)), "Good Friday is no Atw holiday " + year);
        }
    }

    @Test
    void kingsDayMovesToSaturdayWhenThe27thIsASunday() {
        assertEquals(d(2025, 4, 26), GeneralTermsAct.kingsDay(2025));
        assertEquals(d(2026, 4, 27), GeneralTermsAct.kingsDay(2026));
        assertEquals(d(2030, 4, 27), GeneralTermsAct.kingsDay(2030));
        assertEquals(d(2006, 4, 29), GeneralTermsAct.kingsDay(2006)); // Koninginnedag on a Sunday
        assertTrue(act.isRecognisedHoliday(d(2025, 4, 26)));
        assertFalse(act.isRecognisedHoliday(d(2025, 4, 27)));
    }

    @Test
    void theHolidaysOfAYearAreNamedAndInOrder() {
        List<GeneralTermsAct.Holiday> days = act.holidays(2026);
        assertEquals(8, days.size());
        assertEquals(new GeneralTermsAct.Holiday(d(2026, 1, 1), "Nieuwjaarsdag"), days.get(0));
        assertEquals(new GeneralTermsAct.Holiday(d(2026, 5, 14), "Hemelvaartsdag"), days.get(4));
        assertEquals(new GeneralTermsAct.Holiday(d(2026, 12, 26), "Tweede kerstdag"), days.get(7));
    }

    @Test
    void aTermEndingOnAMovingFeastEndsOnTheNextWorkingDay() {
        // eight weeks from receipt on Monday 30 March 2026 end on Whit Monday 25 May 2026
        assertEquals(d(2026, 5, 26), act.weeksAfter(d(2026, 3, 30), 8));
        // Ascension Thursday 6 May 2027 -> Friday
        assertEquals(d(2027, 5, 7), act.lastDay(d(2027, 3, 26), d(2027, 5, 6)));
        // Easter Monday 2 April 2029 -> Tuesday
        assertEquals(d(2029, 4, 3), act.lastDay(d(2029, 3, 1), d(2029, 4, 2)));
    }

    @Test
    void aTermEndingOnAWeekendOrFixedHolidayMovesOn() {
        // Koningsdag on Saturday 26 April 2025 -> Monday 28 April
        assertEquals(d(2025, 4, 28), act.lastDay(d(2025, 3, 1), d(2025, 4, 26)));
        // Christmas Day, Friday 25 December 2026 -> Boxing Day, Saturday, Sunday -> Monday 28 December
        assertEquals(d(2026, 12, 28), act.lastDay(d(2026, 11, 1), d(2026, 12, 25)));
        // 5 May 2028, a Friday -> Monday 8 May
        assertEquals(d(2028, 5, 8), act.lastDay(d(2028, 4, 1), d(2028, 5, 5)));
        // New Year's Day 2028 is a Saturday -> Monday 3 January
        assertEquals(d(2028, 1, 3), act.lastDay(d(2027, 12, 1), d(2028, 1, 1)));
        // an ordinary Wednesday stays
        assertEquals(d(2026, 6, 17), act.lastDay(d(2026, 5, 1), d(2026, 6, 17)));
    }

    @Test
    void aTermOfThreeDaysOrMoreHoldsTwoWorkingDays() {
        // Friday 25 (Christmas) to Sunday 27 December 2026: Monday the 28th is the only working day -> Tuesday
        assertEquals(d(2026, 12, 29), act.lastDay(d(2026, 12, 25), d(2026, 12, 27)));
        // Thursday 24 to Saturday 26 December 2026: Thursday and Monday are two working days
        assertEquals(d(2026, 12, 28), act.lastDay(d(2026, 12, 24), d(2026, 12, 26)));
        // a two-day term is not lengthened by article 2
        assertEquals(d(2026, 12, 28), act.lastDay(d(2026, 12, 26), d(2026, 12, 27)));
    }

    @Test
    void daysMadeEqualByDecreeCount() {
        GeneralTermsAct decreed = new GeneralTermsAct(Set.of(d(2026, 6, 17)));
        assertEquals(d(2026, 6, 18), decreed.lastDay(d(2026, 5, 1), d(2026, 6, 17)));
        assertEquals("Bij besluit gelijkgestelde dag", decreed.holidays(2026).get(6).name());
    }

    @Test
    void aTermCannotEndBeforeItStarts() {
        assertThrows(IllegalArgumentException.class, () -> act.lastDay(d(2026, 5, 2), d(2026, 5, 1)));
    }

    /** Property, over every day of 2000-2199 and terms of 1 day to 12 weeks: never on a day off, never earlier. */
    @Test
    void theLastDayIsNeverADayOffNorEarlierNorLaterThanNeeded() {
        int[] lengths = {1, 2, 3, 4, 7, 14, 42, 56, 84};
        for (LocalDate start = d(2000, 1, 1); start.getYear() < 2200; start = start.plusDays(1)) {
            for (int length : lengths) {
                LocalDate nominal = start.plusDays(length - 1L);
                LocalDate last = act.lastDay(start, nominal);
                assertFalse(act.isDayOff(last), () -> "day off: " + last);
                assertFalse(last.isBefore(nominal), () -> "earlier: " + last);
                // never later than needed: the working day before it would break art. 1 or 2
                if (last.isAfter(nominal)) {
                    LocalDate previousWorkingDay = last.minusDays(1);
                    while (act.isDayOff(previousWorkingDay) && previousWorkingDay.isAfter(nominal)) {
                        previousWorkingDay = previousWorkingDay.minusDays(1);
                    }
                    boolean previousWouldDo = !previousWorkingDay.isBefore(nominal) && !act.isDayOff(previousWorkingDay)
                            && (length < 3 || act.workingDaysBetween(start, previousWorkingDay) >= 2);
                    assertFalse(previousWouldDo, "later than needed: " + start + " + " + length + " -> " + last);
                }
                if (length >= 3) {
                    assertTrue(act.workingDaysBetween(start, last) >= 2, () -> "fewer than two working days");
                }
            }
        }
    }
}
