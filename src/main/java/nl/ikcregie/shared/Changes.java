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

    /** Longer values (a plan's text) are kept by their start and length: the trail shows that and how they changed. */
    static final int LONGEST_VALUE = 300;

    private static String show(Object value) {
        if (value == null || value.toString().isBlank()) {
            return "(leeg)";
        }
        String text = value.toString();
        return text.length() <= LONGEST_VALUE ? text
                : text.substring(0, LONGEST_VALUE) + "… (" + text.length() + " tekens)";
    }

    public boolean isEmpty() {
        return joiner.length() == 0;
    }

    @Override
    public String toString() {
        return joiner.toString();
    }
}
