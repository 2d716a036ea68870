package nl.ikcregie.shared.web;

import java.util.Map;

/** Several forms on one page: the errors belong to the one that was sent, the others show none. */
public record ActiveForm(String name, Map<String, String> errors) {

    public Map<String, String> errorsOf(String form) {
        return form.equals(name) ? errors : Map.of();
    }

    /** A message that belongs to the page rather than to a field (a conflict). */
    public String status() {
        return errors.get("status");
    }
}
