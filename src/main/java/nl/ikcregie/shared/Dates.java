package nl.ikcregie.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and moments as they read in Dutch, in Europe/Amsterdam, for messages and history texts. */
public final class Dates {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm", DUTCH);

    private Dates() {
    }

    public static String dutch(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dutch(Instant moment) {
        return moment == null ? "" : MOMENT.format(moment.atZone(ClockProducer.AMSTERDAM));
    }
}
