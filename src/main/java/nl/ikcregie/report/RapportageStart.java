package nl.ikcregie.report;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Starting a yearly report: for which IKC and year. */
public class RapportageStart {

    @Schema(type = SchemaType.INTEGER, description = "Het IKC.")
    public String ikcId;

    @Schema(type = SchemaType.INTEGER, description = "Het jaar waarover wordt gerapporteerd.")
    public String jaar;
}
