package nl.ikcregie.organisation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestForm;

/** What a person or script sends to create or change an organisation (form and JSON alike). */
public class OrganisatieInvoer {

    @RestForm
    @Schema(required = true, maxLength = 200, examples = "Proloog")
    public String naam;

    @RestForm
    @Schema(required = true, enumeration = { "ONDERWIJSKOEPEL", "KINDEROPVANG", "GEMEENTE" })
    public String soort;

    @RestForm
    @Schema(description = "De versie waarop de wijziging is gebaseerd; verplicht bij wijzigen.")
    public Long versie;
}
