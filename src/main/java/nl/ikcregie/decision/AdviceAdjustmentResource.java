package nl.ikcregie.decision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import nl.ikcregie.application.ApplicationService;
import nl.ikcregie.shared.Roles;
import nl.ikcregie.shared.web.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api/v1/aanvragen/{aanvraagId}/adviesaanpassing")
@Tag(name = "Advies")
@RolesAllowed(Roles.PROJECTLEIDER)
public class AdviceAdjustmentResource {

    @Inject
    AdviceService service;

    @Inject
    ApplicationService applications;

    @PUT
    @Operation(summary = "Het geadviseerde bedrag van een aanvraag aanpassen, met de reden (binnen plafond en maximum)")
    public Advies.Item adjust(@RestPath long aanvraagId, AdviesAanpassing input) {
        service.adjust(aanvraagId, Versions.orEmpty(input, AdviesAanpassing::new));
        return item(aanvraagId);
    }

    @DELETE
    @Operation(summary = "De aanpassing laten vervallen: weer het berekende bedrag")
    public Advies.Item remove(@RestPath long aanvraagId) {
        service.removeAdjustment(aanvraagId);
        return item(aanvraagId);
    }

    private Advies.Item item(long applicationId) {
        long round = applications.getVisible(applicationId).round.id;
        return service.advice(round).items().stream().filter(i -> i.aanvraagId() == applicationId).findFirst()
                .orElseThrow();
    }
}
