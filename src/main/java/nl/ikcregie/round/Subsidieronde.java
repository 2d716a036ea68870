package nl.ikcregie.round;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.ikcregie.shared.ClockProducer;

/** A subsidieronde as the JSON API shows it. */
public record Subsidieronde(Long id, int jaar, String titel, BigDecimal subsidieplafond, MaximumKind maximumSoort,
        BigDecimal maximumPerIkc, BigDecimal maximumBasisbedrag, BigDecimal maximumPerKind, LocalDate kindTeldatum,
        OffsetDateTime openingsmoment, OffsetDateTime sluitingsmoment, LocalDate beslisdatum, int beslistermijnWeken,
        RoundStatus status, List<Criterium> criteria, List<Voorrangsregel> voorrangsregels, long versie) {

    public record Criterium(String naam, String omschrijving, BigDecimal gewicht) {
    }

    public record Voorrangsregel(PriorityRuleKind soort, String parameter, String omschrijving) {
    }

    static Subsidieronde of(SubsidyRound r) {
        return new Subsidieronde(r.id, r.year, r.title, r.budgetCeiling, r.maximum.kind,
                r.maximum.kind == MaximumKind.VAST ? r.maximum.fixedAmount : null, r.maximum.baseAmount,
                r.maximum.perChild, r.maximum.countDate, r.opensAt.atZone(ClockProducer.AMSTERDAM).toOffsetDateTime(),
                r.closesAt.atZone(ClockProducer.AMSTERDAM).toOffsetDateTime(), r.decisionDate, r.decisionTermWeeks,
                r.status, r.criteria.stream().map(c -> new Criterium(c.name, c.description, c.weight)).toList(),
                r.priorityRules.stream().map(p -> new Voorrangsregel(p.kind, p.parameter, p.description)).toList(),
                r.version);
    }
}
