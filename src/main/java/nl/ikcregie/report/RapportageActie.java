package nl.ikcregie.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of an action on a yearly report (indiening, wijzigingsverzoek, goedkeuring). */
public class RapportageActie {

    @Schema(description = "De versie waarop de actie is gebaseerd (of de kop If-Match).")
    public Long versie;

    @Schema(maxLength = 2000, description = "Wijzigingsverzoek: wat moet er anders (verplicht).")
    public String reden;

    @Schema(maxLength = 2000, description = "Goedkeuring: een toelichting (optioneel).")
    public String toelichting;
}
