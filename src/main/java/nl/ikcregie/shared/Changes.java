package nl.ikcregie.shared;

import java.util.Objects;
import java.util.StringJoiner;

/** Builds the human-readable "field: old → new" summary that goes into the audit history. */
public final class Changes {

    private final StringJoiner joiner = new StringJoiner("; ");

    public Changes field(String label, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            joiner.add(label + ": " + show(before) + " → " + show(after));
        }
        return this;
    }

    private static String show(Object value) {
        return value == null || value.toString().isBlank() ? "(leeg)" : value.toString();
    }

    public boolean isEmpty() {
        return joiner.length() == 0;
    }

    @Override
    public String toString() {
        return joiner.toString();
    }
}
