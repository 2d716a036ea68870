package nl.ikcregie.assessment;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The commissieleden the projectleider assigns to an application. */
public class ToewijzingInvoer {

    @Schema(description = "De gebruikersnamen van de commissieleden die de aanvraag beoordelen; ten minste één.")
    public List<String> commissieleden = new ArrayList<>();

    @Schema(description = "De versie van de toewijzing waarop de wijziging is gebaseerd (of de kop If-Match); leeg bij de eerste toewijzing.")
    public Long versie;
}
