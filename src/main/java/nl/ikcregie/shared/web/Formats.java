package nl.ikcregie.shared.web;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.ikcregie.shared.ClockProducer;

/** How dates and times read in the Netherlands, in Europe/Amsterdam, for every template. */
@TemplateExtension
public final class Formats {


    private Formats() {
    }

    static String dateTime(Instant instant) {
        return nl.ikcregie.shared.Dates.dutch(instant);
    }

    static String euro(java.math.BigDecimal amount) {
        return nl.ikcregie.shared.Money.format(amount);
    }

    /** A plain Dutch number without trailing zeros: 25, 12,5. */
    static String number(java.math.BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** A file size a person reads: 240 kB, 3,2 MB. */
    static String kilobytes(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " kB";
        }
        return String.format(Locale.forLanguageTag("nl-NL"), "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    static String dutchDateTime(Instant instant) {
        return dateTime(instant);
    }

    /** The value a datetime-local field shows for a moment, in Europe/Amsterdam. */
    static String localInput(Instant instant) {
        return instant == null ? "" : instant.atZone(ClockProducer.AMSTERDAM).toLocalDateTime()
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString();
    }

    static String dutch(LocalDate date) {
        return nl.ikcregie.shared.Dates.dutch(date);
    }
}
