package nl.ikcregie.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects field errors while a service checks an input, then throws them all at once.
 * The wording of the common rules lives here so that every form and API says the same.
 */
public final class InputRules {

    private final List<FieldError> errors = new ArrayList<>();

    public String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "Vul dit veld in."));
            return null;
        }
        return maxLength(field, value, maxLength);
    }

    public String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return maxLength(field, value, maxLength);
    }

    private String maxLength(String field, String value, int maxLength) {
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            errors.add(new FieldError(field, "Gebruik ten hoogste " + maxLength + " tekens."));
        } else {
            plainText(field, trimmed);
        }
        return trimmed;
    }

    /**
     * Refuses characters no person types and that only hide or disguise text: control characters
     * (U+0000 to U+001F except tab and line breaks, U+007F to U+009F), the bidi embeddings, overrides
     * and isolates (U+202A to U+202E, U+2066 to U+2069, the "Trojan Source" characters) and half a
     * surrogate pair. Everything else, in any script, is text and is stored as given.
     */
    public boolean plainText(String field, String value) {
        int offending = firstForbidden(value);
        if (offending < 0) {
            return true;
        }
        errors.add(new FieldError(field, "Deze tekst bevat een teken dat niet is toegestaan: "
                + String.format("U+%04X", offending) + " (een stuurteken of een teken dat de schrijfrichting omdraait). "
                + "Haal het weg en probeer het opnieuw."));
        return false;
    }

    /** The first forbidden code point in {@code value} (see {@link #plainText}), or -1. */
    public static int firstForbidden(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
                continue;
            }
            boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F;
            boolean bidi = c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
            if (control || bidi || Character.isSurrogate(c)) {
                return c;
            }
        }
        return -1;
    }

    public LocalDate requiredDate(String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "Vul een datum in."));
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "Vul een geldige datum in als jjjj-mm-dd, bijvoorbeeld 2027-01-31."));
            return null;
        }
    }

    /** Parses an optional identifier; blank means none. */
    public Long optionalId(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // below: not an id
        }
        errors.add(new FieldError(field, "Kies een waarde uit de lijst."));
        return null;
    }

    public Long requiredId(String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "Maak een keuze."));
            return null;
        }
        return optionalId(field, value);
    }

    public <E extends Enum<E>> E requiredEnum(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "Maak een keuze."));
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "Kies een van de toegestane waarden."));
            return null;
        }
    }

    /** A euro amount, zero or more, in Dutch notation or as a number. */
    public java.math.BigDecimal requiredAmount(String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "Vul een bedrag in."));
            return null;
        }
        return optionalAmount(field, value);
    }

    public java.math.BigDecimal optionalAmount(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        java.math.BigDecimal amount = Money.parse(value);
        if (amount == null) {
            errors.add(new FieldError(field, "Vul een bedrag in euro's in, bijvoorbeeld 12.500,50."));
        }
        return amount;
    }

    public Integer requiredWholeNumber(String field, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "Vul een getal in."));
            return null;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number < min || number > max) {
                errors.add(new FieldError(field, "Vul een getal in van " + min + " tot en met " + max + "."));
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "Vul een heel getal in."));
            return null;
        }
    }

    /** A moment as an ISO date-time with offset, or a local date-time in Europe/Amsterdam (a form's datetime-local). */
    public java.time.Instant requiredMoment(String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "Vul een datum en tijd in."));
            return null;
        }
        String v = value.strip();
        try {
            return java.time.OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return java.time.LocalDateTime.parse(v).atZone(ClockProducer.AMSTERDAM).toInstant();
            } catch (DateTimeParseException e2) {
                errors.add(new FieldError(field, "Vul een datum en tijd in als jjjj-mm-ddTuu:mm, bijvoorbeeld 2027-01-31T17:00."));
                return null;
            }
        }
    }

    public void add(String field, String reason) {
        errors.add(new FieldError(field, reason));
    }

    /** Adds {@code reason} for {@code field} unless {@code ok}; answers {@code ok}. */
    public boolean check(boolean ok, String field, String reason) {
        if (!ok) {
            errors.add(new FieldError(field, reason));
        }
        return ok;
    }

    /**
     * A list of at most {@code max} items ({@code what} names them, plural): a form shows a few rows, an
     * API call with thousands is refused before anything is looked up for them. Answers whether it fits.
     */
    public boolean atMost(String field, java.util.Collection<?> items, int max, String what) {
        return check(items == null || items.size() <= max, field, "Gebruik ten hoogste " + max + " " + what + ".");
    }

    /** A yes/no: a JSON boolean, or a form's checkbox ({@code on}); blank is no. */
    public boolean optionalBoolean(String field, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "on" -> true;
            case "false", "off" -> false;
            default -> {
                errors.add(new FieldError(field, "Kies ja of nee."));
                yield false;
            }
        };
    }

    public boolean hasAnyError() {
        return !errors.isEmpty();
    }

    public boolean hasError(String field) {
        return errors.stream().anyMatch(e -> e.name().equals(field));
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
