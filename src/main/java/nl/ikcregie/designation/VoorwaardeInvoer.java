package nl.ikcregie.designation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The check of one of the eleven conditions. */
public class VoorwaardeInvoer {

    @Schema(description = "Of het IKC aan de voorwaarde voldoet (anders: nog niet).")
    public Boolean voldaan;

    @Schema(description = "Onderbouwing: waaruit blijkt dat het IKC (nog niet) aan de voorwaarde voldoet. Verplicht bij voldaan.")
    public String onderbouwing;

    @Schema(description = "De versie van het predicaat waarop de wijziging is gebaseerd (of de kop If-Match).")
    public Long versie;
}
