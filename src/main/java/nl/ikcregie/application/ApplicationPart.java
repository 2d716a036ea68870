package nl.ikcregie.application;

/** The parts of an aanvraag, saved step by step in the form and all at once by the API. */
public enum ApplicationPart {
    PLAN("plan", "Plan"),
    ZELFEVALUATIE("zelfevaluatie", "Zelfevaluatie"),
    BEGROTING("begroting", "Begroting"),
    PARTNERS("partners", "Partners en bijlagen");

    private final String slug;
    private final String label;

    ApplicationPart(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    public static ApplicationPart ofSlug(String slug) {
        for (ApplicationPart part : values()) {
            if (part.slug.equals(slug)) {
                return part;
            }
        }
        return null;
    }
}
