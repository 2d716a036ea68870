package nl.ikcregie.organisation;

/** An organisation as the JSON API shows it. */
public record Organisatie(Long id, String naam, OrganisationKind soort, String kvkNummer, String rsin, long versie) {

    static Organisatie of(Organisation o) {
        return new Organisatie(o.id, o.name, o.kind, o.kvkNumber, o.rsin, o.version);
    }
}
