package nl.ikcregie.application;

import java.util.Locale;

/**
 * What a round's list of applications is narrowed to: a status, text in the IKC's name or the
 * kenmerk, and inside or outside the aandachtsgebieden. Read leniently from the query string: an
 * unknown value means "all", so a hand-edited link still shows a list.
 */
public record ApplicationFilter(ApplicationStatus status, String search, Area area) {

    /** Inside or outside the aandachtsgebieden, or both. */
    public enum Area {
        ALLE, BINNEN, BUITEN
    }

    /** No narrowing: every application. */
    public static final ApplicationFilter NONE = new ApplicationFilter(null, null, Area.ALLE);

    /** The longest search text used; more is cut off. */
    static final int MAX_SEARCH = 100;

    public static ApplicationFilter of(String status, String search, String area) {
        return new ApplicationFilter(parse(ApplicationStatus.class, status, null),
                search == null || search.isBlank() ? null
                        : search.strip().substring(0, Math.min(search.strip().length(), MAX_SEARCH)),
                parse(Area.class, area, Area.ALLE));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, E otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return otherwise;
        }
    }

    public boolean narrowed() {
        return status != null || search != null || area != Area.ALLE;
    }

    /** The filter as query parameters for the page links (without the page number). */
    public String query() {
        StringBuilder query = new StringBuilder();
        if (status != null) {
            query.append("&status=").append(status.name());
        }
        if (search != null) {
            query.append("&zoek=").append(java.net.URLEncoder.encode(search, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (area != Area.ALLE) {
            query.append("&gebied=").append(area.name());
        }
        return query.toString();
    }

    /** The search text as a LIKE pattern with '!' as escape character, so its wildcards are taken literally. */
    String likePattern() {
        return "%" + search.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
