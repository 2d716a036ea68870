package nl.ikcregie.shared.web;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of an action sub-resource (indiening, intrekking, ...): the version it is based on and its details. */
public class ActieInvoer {

    @Schema(description = "De versie waarop de actie is gebaseerd (of de kop If-Match).")
    public Long versie;

    @Schema(description = "De reden, waar de actie die vraagt (intrekking, plafondcorrectie).")
    public String reden;

    @Schema(description = "Wat ontbreekt (aanvullingsverzoek).")
    public String ontbreekt;

    @Schema(format = "date", description = "De termijn voor aanvullen (aanvullingsverzoek).")
    public String termijnTot;

    @Schema(type = SchemaType.NUMBER, description = "Het nieuwe subsidieplafond in euro's (plafondcorrectie).")
    public String subsidieplafond;
}
