package nl.ikcregie.organisation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What is sent to create or change an aandachtsgebied (form and JSON alike). */
public class AandachtsgebiedInvoer {

    @Schema(required = true, maxLength = 200, examples = "Vrijheidswijk")
    public String naam;

    @Schema(maxLength = 2000)
    public String omschrijving;

    @Schema(required = true, format = "date", examples = "2025-01-01")
    public String geldigVanaf;

    @Schema(required = true, format = "date", examples = "2026-12-31")
    public String geldigTot;

    @Schema(description = "De versie waarop de wijziging is gebaseerd; verplicht bij wijzigen.")
    public Long versie;
}
