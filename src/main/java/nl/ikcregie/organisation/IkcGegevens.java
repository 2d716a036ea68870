package nl.ikcregie.organisation;

import java.util.List;

/** An IKC as the JSON API shows it. */
public record IkcGegevens(Long id, String naam, Long organisatieId, String organisatieNaam, Long aandachtsgebiedId,
        IkcCategory categorie, boolean speciaalOnderwijs, String wijk, List<Long> kinderopvangIds,
        List<Kindaantal> kindaantallen, long versie) {

    static IkcGegevens of(Ikc i) {
        return new IkcGegevens(i.id, i.name, i.schoolBoard.id, i.schoolBoard.name,
                i.priorityArea == null ? null : i.priorityArea.id, i.category, i.specialEducation, i.neighbourhood,
                i.childcarePartners.stream().map(p -> p.id).toList(),
                i.childCounts.entrySet().stream().map(e -> new Kindaantal(e.getKey().toString(), e.getValue().toString()))
                        .toList(),
                i.version);
    }
}
