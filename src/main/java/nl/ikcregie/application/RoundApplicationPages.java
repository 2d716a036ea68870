package nl.ikcregie.application;

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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.ikcregie.organisation.Ikc;
import nl.ikcregie.round.RoundService;
import nl.ikcregie.round.SubsidyRound;
import nl.ikcregie.shared.Roles;
import nl.ikcregie.shared.web.FormErrors;
import nl.ikcregie.shared.web.FormSubmission;
import org.jboss.resteasy.reactive.RestPath;

/** The applications of one round: the municipality's overview, and where an aanvrager starts one. */
@Path("/rondes/{rondeId}/aanvragen")
@Produces(MediaType.TEXT_HTML)
public class RoundApplicationPages {

    @CheckedTemplate(basePath = "application")
    static class Templates {
        static native TemplateInstance overzicht(SubsidyRound round, RoundOverview overview,
                List<SubsidyApplication> applications, LocalDate today);

        static native TemplateInstance nieuw(SubsidyRound round, List<Ikc> ikcs, Map<String, String> errors);
    }

    @Inject
    ApplicationService service;

    @Inject
    RoundService rounds;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({ Roles.PROJECTLEIDER, Roles.BESTUURDER })
    public TemplateInstance overview(@RestPath long rondeId) {
        RoundOverview overview = service.overview(rondeId);
        return Templates.overzicht(rounds.getVisible(rondeId), overview, service.listVisible(rondeId),
                LocalDate.now(clock)).data("nav", "rondes");
    }

    @GET
    @Path("/nieuw")
    @RolesAllowed(Roles.AANVRAGER)
    public TemplateInstance createForm(@RestPath long rondeId) {
        return Templates.nieuw(rounds.getVisible(rondeId), service.ownIkcs(), FormErrors.none()).data("nav", "aanvragen");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.AANVRAGER)
    public Response create(@RestPath long rondeId, MultivaluedMap<String, String> fields) {
        return FormSubmission.submit(
                () -> "/aanvragen/" + service.createDraft(rondeId, fields.getFirst("ikcId")).id + "/stap/plan",
                errors -> Templates.nieuw(rounds.getVisible(rondeId), service.ownIkcs(), errors).data("nav", "aanvragen"),
                conflict -> Templates.nieuw(rounds.getVisible(rondeId), service.ownIkcs(),
                        Map.of("ikcId", conflict.getMessage())).data("nav", "aanvragen"));
    }
}
