package nl.ikcregie.agreement;

import java.math.BigDecimal;
import java.util.List;

/** The difference between two versions, as the API shows it (old → new per item). */
public record Verschillen(int van, int naar, List<DoelVerschil> doelen, List<StreefwaardeVerschil> streefwaarden,
        List<BijdrageVerschil> bijdragen, List<FormatieVerschil> formatie, List<TekstVerschil> teksten) {

    public record DoelVerschil(String soort, String doel, String oud, String nieuw) {
    }

    /** {@code jaar} is leeg voor de nulmeting. */
    public record StreefwaardeVerschil(String doel, String indicator, Integer jaar, BigDecimal oud, BigDecimal nieuw) {
    }

    public record BijdrageVerschil(String partij, String bron, int jaar, BigDecimal oud, BigDecimal nieuw,
            BigDecimal verschil) {
    }

    public record FormatieVerschil(String soort, String functie, String gefinancierdDoor, String bron, String oud,
            String nieuw) {
    }

    public record TekstVerschil(String onderdeel, String oud, String nieuw) {
    }

    static Verschillen of(VersionDiff d) {
        return new Verschillen(d.from(), d.to(),
                d.goals().stream().map(g -> new DoelVerschil(g.kind().name(), g.goal(), g.before(), g.after())).toList(),
                d.targets().stream().map(t -> new StreefwaardeVerschil(t.goal(), t.indicator(), t.year(), t.before(),
                        t.after())).toList(),
                d.contributions().stream().map(c -> new BijdrageVerschil(c.party().name(), c.source().name(), c.year(),
                        c.before(), c.after(), c.difference())).toList(),
                d.staffing().stream().map(s -> new FormatieVerschil(s.kind().name(), s.role().name(),
                        s.fundedBy().name(), s.source().name(), s.before(), s.after())).toList(),
                d.texts().stream().map(t -> new TekstVerschil(t.part(), t.before(), t.after())).toList());
    }
}
