package nl.ikcregie.shared;

import java.util.List;

/** Input broke one or more rules; carries every offending field at once. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super("Ongeldige invoer: " + errors);
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String reason) {
        return new InvalidInputException(List.of(new FieldError(field, reason)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
