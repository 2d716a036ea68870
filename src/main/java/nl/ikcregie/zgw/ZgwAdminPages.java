package nl.ikcregie.zgw;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import nl.ikcregie.shared.Roles;
import nl.ikcregie.shared.web.ActieInvoer;
import nl.ikcregie.shared.web.FormBinding;
import nl.ikcregie.shared.web.FormErrors;
import nl.ikcregie.shared.web.FormSubmission;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The beheerder's page of the registration in the zaaksysteem: on or off, what waits, what failed and why. */
@Path("/beheer/zgw")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.BEHEERDER)
public class ZgwAdminPages {

    @CheckedTemplate(basePath = "zgw")
    static class Templates {
        static native TemplateInstance registraties(boolean enabled, Map<String, Long> counts,
                List<ZgwRegistratie> open, String melding, Map<String, String> errors);
    }

    @Inject
    ZgwAdminService service;

    @Inject
    FormBinding binding;

    @GET
    public TemplateInstance show(@RestQuery String melding) {
        return page(melding, FormErrors.none());
    }

    @POST
    @Path("/{id}/opnieuw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response retry(@RestPath long id, MultivaluedMap<String, String> fields) {
        ActieInvoer action = binding.bind(fields, ActieInvoer.class);
        Response response = FormSubmission.action(action, a -> {
            service.retry(id, a.versie);
            return "/beheer/zgw?melding=opnieuw";
        }, (errors, a) -> page(null, errors));
        if (response.getStatus() == 303) {
            service.sendSoon();
        }
        return response;
    }

    private TemplateInstance page(String melding, Map<String, String> errors) {
        Map<String, Long> counts = new java.util.HashMap<>();
        service.counts().forEach((state, count) -> counts.put(state.name(), count));
        return Templates.registraties(service.enabled(), counts,
                service.list(List.of(RegistrationState.MISLUKT, RegistrationState.WACHTEND)), melding, errors)
                .data("nav", "zgw");
    }
}
