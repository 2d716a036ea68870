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
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import nl.ikcregie.round.RoundService;
import nl.ikcregie.round.SubsidyRound;
import nl.ikcregie.shared.Roles;
import nl.ikcregie.shared.web.FormBinding;
import nl.ikcregie.shared.web.FormErrors;
import nl.ikcregie.shared.web.FormSubmission;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The college's decisions on a round: following the advice for all, or per application with a deviation. */
@Path("/rondes/{rondeId}/besluiten")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.PROJECTLEIDER, Roles.BESTUURDER })
public class RoundDecisionPages {

    @CheckedTemplate(basePath = "decision")
    static class Templates {
        static native TemplateInstance besluiten(SubsidyRound round, Advies advice, Map<Long, Decision> decisions,
                String melding, Map<String, String> errors, BesluitInvoer form);
    }

    @Inject
    DecisionService decisions;

    @Inject
    AdviceService advice;

    @Inject
    RoundService rounds;

    @Inject
    FormBinding binding;

    @Inject
    Clock clock;

    @GET
    public TemplateInstance show(@RestPath long rondeId, @RestQuery String melding) {
        BesluitInvoer form = new BesluitInvoer();
        form.besluitdatum = LocalDate.now(clock).toString();
        return page(rondeId, melding, FormErrors.none(), form);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response followAdvice(@RestPath long rondeId, MultivaluedMap<String, String> fields) {
        BesluitInvoer form = binding.bind(fields, BesluitInvoer.class);
        return FormSubmission.submit(() -> {
            int count = decisions.followAdvice(rondeId, form.besluitdatum).size();
            return "/rondes/" + rondeId + "/besluiten?melding=" + count;
        }, errors -> page(rondeId, null, errors, form),
                conflict -> page(rondeId, null, Map.of("status", conflict.getMessage()), form));
    }

    private TemplateInstance page(long roundId, String melding, Map<String, String> errors, BesluitInvoer form) {
        return Templates.besluiten(rounds.getVisible(roundId), advice.advice(roundId), decisions.currentForRound(roundId),
                melding, errors, form).data("nav", "rondes");
    }
}
