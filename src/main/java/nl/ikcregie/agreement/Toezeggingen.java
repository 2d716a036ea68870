package nl.ikcregie.agreement;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** What an organisation committed across all its result agreements (their latest agreed versions). */
public record Toezeggingen(long organisatieId, String naam, List<Afspraak> afspraken, List<Resultaatafspraak.JaarBedrag> perJaar,
        List<Resultaatafspraak.BronBedrag> perBron, BigDecimal totaal) {

    public record Afspraak(long afspraakId, long ikcId, String ikcNaam, String partij, int versie,
            List<Resultaatafspraak.JaarBedrag> perJaar, BigDecimal totaal) {
    }

    static Toezeggingen of(Commitments c) {
        return new Toezeggingen(c.organisationId(), c.organisationName(),
                c.lines().stream().map(l -> new Afspraak(l.agreementId(), l.ikcId(), l.ikcName(), l.party().name(),
                        l.version(), c.years().stream().map(y -> new Resultaatafspraak.JaarBedrag(y, l.inYear(y)))
                                .toList(), l.total())).toList(),
                c.years().stream().map(y -> new Resultaatafspraak.JaarBedrag(y, c.inYear(y))).toList(),
                Arrays.stream(FundingSource.values()).map(s -> new Resultaatafspraak.BronBedrag(s.name(),
                        c.totals().ofSource(s))).toList(),
                c.total());
    }
}
