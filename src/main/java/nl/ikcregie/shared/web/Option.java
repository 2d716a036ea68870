package nl.ikcregie.shared.web;

/** One choice in a select or checkbox list. */
public record Option(String value, String label) {

    public static Option of(Object value, String label) {
        return new Option(String.valueOf(value), label);
    }
}
