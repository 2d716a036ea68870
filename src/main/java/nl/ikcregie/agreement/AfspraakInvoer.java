package nl.ikcregie.agreement;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What is sent to draft a new agreement: the Plus-IKC, its childcare partner, the period, and optionally content. */
public class AfspraakInvoer extends InhoudInvoer {

    @Schema(required = true, type = SchemaType.INTEGER, description = "Het Plus-IKC (categorie PLUS).")
    public String ikcId;

    @Schema(required = true, type = SchemaType.INTEGER, description = "De kinderopvangorganisatie: een partner van het IKC.")
    public String kinderopvangId;

    @Schema(type = SchemaType.INTEGER, description = "Eerste jaar van de programmaperiode, standaard 2021.")
    public String eersteJaar;

    @Schema(type = SchemaType.INTEGER, description = "Laatste jaar van de programmaperiode, standaard 2028.")
    public String laatsteJaar;
}
