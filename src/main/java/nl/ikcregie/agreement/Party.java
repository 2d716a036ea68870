package nl.ikcregie.agreement;

/** The three parties of every result agreement (seed 003: gemeente, onderwijskoepel, kinderopvangorganisatie). */
public enum Party {
    GEMEENTE("Gemeente"),
    ONDERWIJSKOEPEL("Onderwijskoepel"),
    KINDEROPVANG("Kinderopvang");

    private final String label;

    Party(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
