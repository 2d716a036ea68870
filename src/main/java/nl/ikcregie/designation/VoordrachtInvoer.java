package nl.ikcregie.designation;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A proposal of an IKC for the Plus-IKC predicaat. */
public class VoordrachtInvoer {

    @Schema(type = SchemaType.INTEGER, description = "Het IKC dat wordt voorgedragen; het ligt in een aandachtsgebied dat nu geldig is.", required = true)
    public String ikcId;

    @Schema(description = "Waarom dit IKC wordt voorgedragen (niet verplicht).")
    public String motivering;
}
