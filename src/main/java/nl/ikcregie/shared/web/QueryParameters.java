package nl.ikcregie.shared.web;

import nl.ikcregie.shared.InputRules;
import nl.ikcregie.shared.Years;

/**
 * Numeric query parameters of the API, received as text and read here: a wrong value is a 400 naming
 * the parameter, like any other invalid input. (Bound to {@code Long} or {@code Integer} directly, a
 * value such as {@code abc} or {@code 1e308} would make JAX-RS answer 404, as if the resource did not
 * exist.) Blank means absent.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** An id: a whole number of at least 1. */
    public static Long id(String name, String value) {
        InputRules rules = new InputRules();
        Long id = rules.optionalId(name, value);
        rules.throwIfAny();
        return id;
    }

    /** A version an operation is based on: a whole number of at least 0. */
    public static Long version(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        InputRules rules = new InputRules();
        Integer version = rules.requiredWholeNumber(name, value, 0, Integer.MAX_VALUE);
        rules.throwIfAny();
        return version.longValue();
    }

    /** A year the product knows ({@link Years#FIRST} to {@link Years#LAST}). */
    public static Integer year(String name, String value) {
        return number(name, value, Years.FIRST, Years.LAST);
    }

    public static Integer number(String name, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        InputRules rules = new InputRules();
        Integer number = rules.requiredWholeNumber(name, value, min, max);
        rules.throwIfAny();
        return number;
    }
}
