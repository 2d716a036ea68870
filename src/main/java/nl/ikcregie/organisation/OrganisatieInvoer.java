package nl.ikcregie.organisation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a person or script sends to create or change an organisation (form and JSON alike, see FormBinding). */
public class OrganisatieInvoer {

    @Schema(required = true, maxLength = 200, examples = "Proloog")
    public String naam;

    @Schema(required = true, enumeration = { "ONDERWIJSKOEPEL", "KINDEROPVANG", "GEMEENTE" })
    public String soort;

    @Schema(description = "Het KvK-nummer (8 cijfers); leeg als het niet bekend is.", maxLength = 8, examples = "41000000")
    public String kvkNummer;

    @Schema(description = "Het RSIN (9 cijfers, voldoet aan de elfproef); leeg als het niet bekend is.", maxLength = 9,
            examples = "002564440")
    public String rsin;

    @Schema(description = "De versie waarop de wijziging is gebaseerd; verplicht bij wijzigen.")
    public Long versie;
}
