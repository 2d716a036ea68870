package nl.ikcregie.agreement;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of an action on an agreement: consent, amendment or yearly evaluation. */
public class AfspraakActie {

    @Schema(type = SchemaType.INTEGER, description = "Het versienummer waarop de actie is gebaseerd: de versie waarmee u instemt, of de akkoord-versie die u wijzigt.")
    public String versie;

    @Schema(type = SchemaType.INTEGER, description = "De revisie van die versie (optioneel; een verouderde geeft 409).")
    public String revisie;

    @Schema(maxLength = 2000, description = "De reden van de wijziging.")
    public String reden;

    @Schema(type = SchemaType.INTEGER, description = "Het jaar van de evaluatie.")
    public String jaar;

    @Schema(maxLength = 10000, description = "De uitkomst van de jaarlijkse evaluatie.")
    public String toelichting;

    @Schema(description = "Of de evaluatie tot een wijziging leidt: dan start een nieuwe conceptversie.")
    public Boolean leidtTotWijziging;
}
