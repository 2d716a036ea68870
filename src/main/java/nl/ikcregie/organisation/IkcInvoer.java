package nl.ikcregie.organisation;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What is sent to create or change an IKC (form and JSON alike). */
public class IkcInvoer {

    @Schema(required = true, maxLength = 200, examples = "IKC Plataan")
    public String naam;

    @Schema(required = true, type = SchemaType.INTEGER, description = "Id van het schoolbestuur (onderwijskoepel).")
    public String organisatieId;

    @Schema(type = SchemaType.INTEGER, nullable = true, description = "Id van het aandachtsgebied, of leeg.")
    public String aandachtsgebiedId;

    @Schema(required = true, enumeration = { "PLUS", "REGULIER", "KLEINE_KERN" })
    public String categorie;

    public Boolean speciaalOnderwijs;

    @Schema(maxLength = 200, description = "Wijk of dorp.")
    public String wijk;

    @Schema(description = "Ids van de kinderopvangorganisaties waarmee het IKC samenwerkt.")
    public List<String> kinderopvangIds = new ArrayList<>();

    @Schema(description = "De versie waarop de wijziging is gebaseerd; verplicht bij wijzigen.")
    public Long versie;
}
