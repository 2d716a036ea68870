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
import java.util.UUID;
import nl.ikcregie.organisation.Ikc;
import nl.ikcregie.round.RoundService;
import nl.ikcregie.round.SubsidyRound;
import nl.ikcregie.shared.Caller;
import nl.ikcregie.shared.Page;
import nl.ikcregie.shared.Roles;
import nl.ikcregie.shared.web.FormErrors;
import nl.ikcregie.shared.web.FormSubmission;
import nl.ikcregie.shared.web.Option;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The applications of one round: the municipality's overview, and where an aanvrager starts one. */
@Path("/rondes/{rondeId}/aanvragen")
@Produces(MediaType.TEXT_HTML)
public class RoundApplicationPages {

    @CheckedTemplate(basePath = "application")
    static class Templates {
        static native TemplateInstance overzicht(SubsidyRound round, RoundOverview overview,
                Page<SubsidyApplication> applications, ApplicationFilter filter, List<Option> statuses, LocalDate today);

        static native TemplateInstance nieuw(SubsidyRound round, List<Ikc> ikcs, String token, Map<String, String> errors);
    }

    @Inject
    ApplicationService service;

    @Inject
    RoundService rounds;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({ Roles.PROJECTLEIDER, Roles.BESTUURDER })
    public TemplateInstance overview(@RestPath long rondeId, @RestQuery String status, @RestQuery String zoek,
            @RestQuery String gebied, @RestQuery String pagina) {
        RoundOverview overview = service.overview(rondeId);
        ApplicationFilter filter = ApplicationFilter.of(status, zoek, gebied);
        List<Option> statuses = java.util.Arrays.stream(ApplicationStatus.values())
                .filter(s -> caller.hasRole(Roles.PROJECTLEIDER) || s.isSubmitted())
                .map(s -> new Option(s.name(), s.label())).toList();
        return Templates.overzicht(rounds.getVisible(rondeId), overview, service.pageForRound(rondeId, filter, pagina),
                filter, statuses, LocalDate.now(clock)).data("nav", "rondes");
    }

    @GET
    @Path("/nieuw")
    @RolesAllowed(Roles.AANVRAGER)
    public TemplateInstance createForm(@RestPath long rondeId) {
        return newForm(rondeId, freshToken(), FormErrors.none());
    }

    /**
     * Starts a draft; the form's token makes a re-post (back button, double click, retry) answer with
     * the draft the first post started, redirecting to it the same way.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.AANVRAGER)
    public Response create(@RestPath long rondeId, MultivaluedMap<String, String> fields) {
        String token = fields.getFirst("aanmaaktoken");
        return FormSubmission.submit(
                () -> "/aanvragen/" + service.createDraft(rondeId, fields.getFirst("ikcId"), token).id() + "/stap/plan",
                // invalid input created nothing: the same token stays in the form
                errors -> newForm(rondeId, token == null || token.isBlank() || errors.containsKey("aanmaaktoken")
                        ? freshToken() : token, errors),
                // a conflict (round not open, token used for another application): a fresh start
                conflict -> newForm(rondeId, freshToken(), Map.of("ikcId", conflict.getMessage())));
    }

    private TemplateInstance newForm(long rondeId, String token, Map<String, String> errors) {
        return Templates.nieuw(rounds.getVisible(rondeId), service.ownIkcs(), token, errors).data("nav", "aanvragen");
    }

    private static String freshToken() {
        return UUID.randomUUID().toString();
    }
}
