package nl.ikcregie.decision;

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
import nl.ikcregie.round.RoundService;
import nl.ikcregie.round.SubsidyRound;
import nl.ikcregie.shared.Roles;
import nl.ikcregie.shared.web.ActieInvoer;
import nl.ikcregie.shared.web.FormBinding;
import nl.ikcregie.shared.web.FormErrors;
import nl.ikcregie.shared.web.FormSubmission;
import nl.ikcregie.shared.web.Option;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The advice to the college as a readable page; the projectleider adjusts amounts and establishes it here. */
@Path("/rondes/{rondeId}/advies")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.PROJECTLEIDER, Roles.BESTUURDER })
public class AdvicePages {

    @CheckedTemplate(basePath = "decision")
    static class Templates {
        static native TemplateInstance advies(SubsidyRound round, Advies advice, String melding,
                Map<String, String> errors, AdviesAanpassing adjustment, String aanvraagId, List<Option> applications);
    }

    @Inject
    AdviceService service;

    @Inject
    RoundService rounds;

    @Inject
    FormBinding binding;

    @GET
    public TemplateInstance show(@RestPath long rondeId, @RestQuery String melding) {
        return page(rondeId, melding, FormErrors.none(), new AdviesAanpassing(), null);
    }

    @POST
    @Path("/aanpassing")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PROJECTLEIDER)
    public Response adjust(@RestPath long rondeId, MultivaluedMap<String, String> fields) {
        AdviesAanpassing form = binding.bind(fields, AdviesAanpassing.class);
        String application = fields.getFirst("aanvraagId");
        return FormSubmission.submit(() -> {
            service.adjust(applicationOf(rondeId, application), form);
            return "/rondes/" + rondeId + "/advies?melding=aangepast";
        }, errors -> page(rondeId, null, errors, form, application),
                conflict -> page(rondeId, null, Map.of("aanvraagId", conflict.getMessage()), form, application));
    }

    @POST
    @Path("/aanpassing/{aanvraagId}/vervallen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PROJECTLEIDER)
    public Response removeAdjustment(@RestPath long rondeId, @RestPath long aanvraagId) {
        return FormSubmission.submit(() -> {
            service.removeAdjustment(applicationOf(rondeId, String.valueOf(aanvraagId)));
            return "/rondes/" + rondeId + "/advies?melding=vervallen";
        }, errors -> page(rondeId, null, errors, new AdviesAanpassing(), null),
                conflict -> page(rondeId, null, Map.of("status", conflict.getMessage()), new AdviesAanpassing(), null));
    }

    @POST
    @Path("/vaststellen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PROJECTLEIDER)
    public Response establish(@RestPath long rondeId, MultivaluedMap<String, String> fields) {
        return FormSubmission.action(binding.bind(fields, ActieInvoer.class), a -> {
            service.establish(rondeId, a.versie);
            return "/rondes/" + rondeId + "/advies?melding=vastgesteld";
        }, (errors, input) -> page(rondeId, null, errors, new AdviesAanpassing(), null));
    }

    /** The application must be one of this round's advice (else the form says so beside the field). */
    private long applicationOf(long roundId, String value) {
        Advies advice = service.advice(roundId);
        return advice.items().stream().filter(i -> String.valueOf(i.aanvraagId()).equals(value)).findFirst()
                .map(Advies.Item::aanvraagId)
                .orElseThrow(() -> nl.ikcregie.shared.InvalidInputException.of("aanvraagId", "Kies een aanvraag uit het advies."));
    }

    private TemplateInstance page(long roundId, String melding, Map<String, String> errors, AdviesAanpassing form,
            String application) {
        Advies advice = service.advice(roundId);
        List<Option> options = advice.items().stream().map(i -> Option.of(String.valueOf(i.aanvraagId()),
                i.rang() + ". " + i.ikcNaam() + " (" + i.kenmerk() + ")")).toList();
        return Templates.advies(rounds.getVisible(roundId), advice, melding, errors, form, application, options)
                .data("nav", "rondes");
    }
}
