package nl.ikcregie.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.ikcregie.shared.FieldError;
import nl.ikcregie.shared.InvalidInputException;

/** Field errors as the form templates read them: field name to Dutch message, in input order. */
public final class FormErrors {

    private FormErrors() {
    }

    public static Map<String, String> none() {
        return Map.of();
    }

    /** The errors with those of {@code from} shown at {@code to} (e.g. an upload's file name at the file field). */
    public static Map<String, String> moved(Map<String, String> errors, String from, String to) {
        if (!errors.containsKey(from)) {
            return errors;
        }
        Map<String, String> moved = new LinkedHashMap<>(errors);
        moved.merge(to, moved.remove(from), (a, b) -> a + " " + b);
        return moved;
    }

    public static Map<String, String> of(InvalidInputException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : e.errors()) {
            errors.merge(error.name(), error.reason(), (a, b) -> a + " " + b);
        }
        return errors;
    }
}
