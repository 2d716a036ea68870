package nl.ikcregie.organisation;

/** The three kinds of organisation the scheme knows; the API uses these names (soort). */
public enum OrganisationKind {
    ONDERWIJSKOEPEL("Onderwijskoepel (schoolbestuur)"),
    KINDEROPVANG("Kinderopvangorganisatie"),
    GEMEENTE("Gemeente");

    private final String label;

    OrganisationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
