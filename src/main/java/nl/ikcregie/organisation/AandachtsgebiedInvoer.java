package nl.ikcregie.organisation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestForm;

/** What is sent to create or change an aandachtsgebied (form and JSON alike). */
public class AandachtsgebiedInvoer {

    @RestForm
    @Schema(required = true, maxLength = 200, examples = "Vrijheidswijk")
    public String naam;

    @RestForm
    @Schema(maxLength = 2000)
    public String omschrijving;

    @RestForm
    @Schema(required = true, format = "date", examples = "2025-01-01")
    public String geldigVanaf;

    @RestForm
    @Schema(required = true, format = "date", examples = "2026-12-31")
    public String geldigTot;

    @RestForm
    @Schema(description = "De versie waarop de wijziging is gebaseerd; verplicht bij wijzigen.")
    public Long versie;
}
