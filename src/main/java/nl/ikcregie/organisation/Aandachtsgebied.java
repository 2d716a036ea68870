package nl.ikcregie.organisation;

import java.time.LocalDate;

/** An aandachtsgebied as the JSON API shows it; {@code geldig} tells whether it is valid today. */
public record Aandachtsgebied(Long id, String naam, String omschrijving, LocalDate geldigVanaf, LocalDate geldigTot,
        boolean geldig, long versie) {

    static Aandachtsgebied of(PriorityArea a, LocalDate today) {
        return new Aandachtsgebied(a.id, a.name, a.description, a.validFrom, a.validUntil, a.isValidOn(today),
                a.version);
    }
}
