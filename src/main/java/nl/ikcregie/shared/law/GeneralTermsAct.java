package nl.ikcregie.shared.law;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The Algemene termijnenwet (Atw): a statutory term that ends on a Saturday, Sunday or generally
 * recognised holiday ends on the next day that is none of these (art. 1); a term of at least three
 * days contains at least two days that are none of these (art. 2). The holidays are those of art. 3
 * lid 1; days made equal to them by decree (art. 3 lid 2) are data, given to the constructor.
 */
public final class GeneralTermsAct {

    /** The act without days made equal by decree. */
    public static final GeneralTermsAct STANDARD = new GeneralTermsAct(Set.of());

    /** A recognised holiday of one year, with its Dutch name (for pages and letters). */
    public record Holiday(LocalDate date, String name) {
    }

    private final Set<LocalDate> equalisedDays;

    /** @param equalisedDays days made equal to the holidays by decree (Atw art. 3 lid 2) */
    public GeneralTermsAct(Collection<LocalDate> equalisedDays) {
        this.equalisedDays = Set.copyOf(equalisedDays);
    }

    /** The generally recognised holidays of a year (Atw art. 3), in date order, decreed days included. */
    public List<Holiday> holidays(int year) {
        LocalDate easter = easterSunday(year);
        List<Holiday> days = new ArrayList<>(List.of(
                new Holiday(LocalDate.of(year, Month.JANUARY, 1), "Nieuwjaarsdag"),
                new Holiday(easter.plusDays(1), "Tweede paasdag"),
                new Holiday(kingsDay(year), year >= 2014 ? "Koningsdag" : "Koninginnedag"),
                new Holiday(LocalDate.of(year, Month.MAY, 5), "Bevrijdingsdag"),
                new Holiday(easter.plusDays(39), "Hemelvaartsdag"),
                new Holiday(easter.plusDays(50), "Tweede pinksterdag"),
                new Holiday(LocalDate.of(year, Month.DECEMBER, 25), "Eerste kerstdag"),
                new Holiday(LocalDate.of(year, Month.DECEMBER, 26), "Tweede kerstdag")));
        equalisedDays.stream().filter(d -> d.getYear() == year)
                .forEach(d -> days.add(new Holiday(d, "Bij besluit gelijkgestelde dag")));
        days.sort(Comparator.comparing(Holiday::date));
        return List.copyOf(days);
    }

    /** A generally recognised holiday (Atw art. 3), or a day made equal to one. */
    public boolean isRecognisedHoliday(LocalDate date) {
        if (equalisedDays.contains(date)) {
            return true;
        }
        int year = date.getYear();
        LocalDate easter = easterSunday(year);
        return date.equals(LocalDate.of(year, Month.JANUARY, 1))
                || date.equals(easter.plusDays(1))
                || date.equals(kingsDay(year))
                || date.equals(LocalDate.of(year, Month.MAY, 5))
                || date.equals(easter.plusDays(39))
                || date.equals(easter.plusDays(50))
                || date.equals(LocalDate.of(year, Month.DECEMBER, 25))
                || date.equals(LocalDate.of(year, Month.DECEMBER, 26));
    }

    /** A day on which no statutory term ends: Saturday, Sunday or a recognised holiday. */
    public boolean isDayOff(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY || isRecognisedHoliday(date);
    }

    /**
     * The last day of a statutory term that runs from {@code firstDay} and, counted in days, weeks or
     * months, ends on {@code nominalLastDay}: moved past days off (art. 1) and, for a term of three days
     * or more, so that it holds at least two working days (art. 2).
     */
    public LocalDate lastDay(LocalDate firstDay, LocalDate nominalLastDay) {
        if (nominalLastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("a term cannot end (" + nominalLastDay + ") before it starts ("
                    + firstDay + ")");
        }
        LocalDate last = nominalLastDay;
        while (isDayOff(last)) {
            last = last.plusDays(1);
        }
        boolean threeDaysOrMore = !nominalLastDay.isBefore(firstDay.plusDays(2));
        if (threeDaysOrMore) {
            while (workingDaysBetween(firstDay, last) < 2) {
                last = last.plusDays(1);
                while (isDayOff(last)) {
                    last = last.plusDays(1);
                }
            }
        }
        return last;
    }

    /** The last day of a term of {@code weeks} weeks that starts the day after {@code event} (Awb 6:8 style). */
    public LocalDate weeksAfter(LocalDate event, int weeks) {
        return lastDay(event.plusDays(1), event.plusWeeks(weeks));
    }

    /** Working days (neither Saturday, Sunday nor a recognised holiday) from {@code from} to {@code to}, both included. */
    public long workingDaysBetween(LocalDate from, LocalDate to) {
        return from.datesUntil(to.plusDays(1)).filter(d -> !isDayOff(d)).count();
    }

    /** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm of Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /**
     * The day the King's birthday is celebrated: 27 April, or 26 April when the 27th is a Sunday (since
     * 2014); before that the Queen's birthday on 30 April, or 29 April when the 30th was a Sunday.
     */
    public static LocalDate kingsDay(int year) {
        LocalDate day = year >= 2014 ? LocalDate.of(year, Month.APRIL, 27) : LocalDate.of(year, Month.APRIL, 30);
        return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(1) : day;
    }
}
