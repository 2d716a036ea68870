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
        }
        return trimmed;
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
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "Kies een waarde uit de lijst."));
            return null;
        }
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

    public void check(boolean ok, String field, String reason) {
        if (!ok) {
            errors.add(new FieldError(field, reason));
        }
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
