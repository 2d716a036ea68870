package nl.ikcregie.zgw;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import nl.ikcregie.shared.InputRules;
import nl.ikcregie.shared.Roles;
import nl.ikcregie.shared.web.ActieInvoer;
import nl.ikcregie.shared.web.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/v1/zgw-registraties")
@Tag(name = "Zaaksysteem", description = "De registratie van aanvragen als zaak in het zaaksysteem (ZGW API's)")
@RolesAllowed(Roles.BEHEERDER)
public class ZgwRegistrationResource {

    @Inject
    ZgwAdminService service;

    @GET
    @Operation(summary = "De registraties die wachten of mislukten (of, met status, die in die stand), oudste eerst")
    public List<ZgwRegistratie> list(@Parameter(description = "WACHTEND, MISLUKT of VERZONDEN; zonder: wachtend en mislukt",
            schema = @Schema(type = SchemaType.STRING, enumeration = { "WACHTEND", "MISLUKT", "VERZONDEN" }))
    @RestQuery String status) {
        List<RegistrationState> states = List.of(RegistrationState.WACHTEND, RegistrationState.MISLUKT);
        if (status != null) {
            InputRules rules = new InputRules();
            RegistrationState state = rules.requiredEnum("status", status, RegistrationState.class);
            rules.throwIfAny();
            states = List.of(state);
        }
        return service.list(states);
    }

    @POST
    @Path("/{id}/nieuwe-poging")
    @Operation(summary = "Een wachtende of mislukte registratie nu opnieuw versturen (versie in de body of als If-Match)")
    public ZgwRegistratie retry(@RestPath long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ActieInvoer input) {
        ZgwRegistratie retried = service.retry(id, Versions.of(input, ifMatch));
        service.sendSoon();
        return retried;
    }
}
