package nl.ikcregie.shared;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A refused request (403) as the audit trail keeps it: who, from where, which method and path, and,
 * when the path names one object (an application, a report, ...), that object, so that the refusal
 * shows in the object's own audit trail. Other refusals are kept under {@link #AUDIT_TYPE}.
 */
public record DeniedAccess(String actor, String address, String method, String path, int status) {

    public static final String AUDIT_TYPE = "TOEGANG";
    public static final String ACTION = "TOEGANG_GEWEIGERD";

    /** The first path segments that name an object, and the object's audit type (see the services' AUDIT_TYPE). */
    private static final Map<String, String> OBJECTS = Map.ofEntries(
            Map.entry("aanvragen", "AANVRAAG"),
            Map.entry("jaarrapportages", "JAARRAPPORTAGE"),
            Map.entry("rondes", "SUBSIDIERONDE"),
            Map.entry("subsidierondes", "SUBSIDIERONDE"),
            Map.entry("ikcs", "IKC"),
            Map.entry("organisaties", "ORGANISATIE"),
            Map.entry("aandachtsgebieden", "AANDACHTSGEBIED"),
            Map.entry("resultaatafspraken", "RESULTAATAFSPRAAK"),
            Map.entry("plus-predicaten", "PLUS_PREDICAAT"),
            Map.entry("accounts", "ACCOUNT"));

    private static final Pattern OBJECT_PATH = Pattern.compile("^/(?:api/v1/|beheer/)?([a-z-]+)/(\\d{1,18})(?:[/.?].*)?$");

    /** The object the path names, as (audit type, id). */
    public Optional<Map.Entry<String, Long>> object() {
        Matcher m = OBJECT_PATH.matcher(path == null ? "" : path);
        if (!m.matches() || !OBJECTS.containsKey(m.group(1))) {
            return Optional.empty();
        }
        return Optional.of(Map.entry(OBJECTS.get(m.group(1)), Long.parseLong(m.group(2))));
    }

    /** The line in the audit trail: what was asked, from where. */
    public String details() {
        String shown = path.length() > 500 ? path.substring(0, 500) + "…" : path;
        return method + " " + shown + " geweigerd (" + status + ") vanaf " + address;
    }
}
