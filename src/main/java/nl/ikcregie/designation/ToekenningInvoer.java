package nl.ikcregie.designation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The grant of a proposed predicaat, as the college decided it. */
public class ToekenningInvoer {

    @Schema(format = "date", description = "De datum van het besluit van het college.", required = true)
    public String besluitdatum;

    @Schema(format = "date", description = "De eerste dag van het predicaat; het loopt vier jaar, niet voorbij 31 december 2028.", required = true)
    public String geldigVanaf;

    @Schema(description = "Verplicht als een voorwaarde nog niet is voldaan: waarom het predicaat toch wordt toegekend.")
    public String uitzonderingsmotivering;

    @Schema(description = "De versie van het predicaat waarop de toekenning is gebaseerd (of de kop If-Match).")
    public Long versie;
}
