package nl.ikcregie.designation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Ending a granted predicaat, refusing or withdrawing a proposal: the reason, and for an end the last day. */
public class BeeindigingInvoer {

    @Schema(format = "date", description = "Bij beëindigen: de laatste dag van het predicaat (standaard vandaag; later voor een redelijke opzegtermijn).")
    public String einddatum;

    @Schema(description = "De reden.", required = true)
    public String reden;

    @Schema(description = "De versie van het predicaat waarop de actie is gebaseerd (of de kop If-Match).")
    public Long versie;
}
