package nl.ikcregie.assessment;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who assesses an application, as the API shows it. */
public record Toewijzing(Long aanvraagId,
        @Schema(description = "Waar: de projectleider koos nog niet; alle commissieleden zonder belangenverstrengeling beoordelen.")
        boolean standaard,
        @Schema(description = "De gebruikersnamen van de commissieleden die beoordelen.")
        List<String> commissieleden,
        @Schema(description = "Commissieleden die deze aanvraag niet beoordelen, met de reden.")
        List<Uitgesloten> uitgesloten,
        @Schema(description = "Commissieleden die hun beoordeling hebben ingediend.")
        List<String> beoordeeld,
        @Schema(description = "De versie van de toewijzing; leeg zolang de standaard geldt.")
        Long versie) {

    public record Uitgesloten(String commissielid, String reden) {
    }

    static Toewijzing of(Panel panel) {
        return new Toewijzing(panel.application().id, !panel.explicit(), List.copyOf(panel.assignedUsernames()),
                panel.recused().stream().map(s -> new Uitgesloten(s.username(), s.conflict())).toList(),
                panel.seats().stream().filter(Panel.Seat::submitted).map(Panel.Seat::username).toList(),
                panel.assignmentVersion());
    }
}
