package nl.ikcregie.shared;

/** One invalid input field: its public (Dutch) name and a Dutch reason fit to show a person. */
public record FieldError(String name, String reason) {
}
