package nl.ikcregie.assessment;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ikcregie.round.RoundService;
import nl.ikcregie.round.SubsidyRound;
import nl.ikcregie.shared.Page;
import nl.ikcregie.shared.Roles;
import nl.ikcregie.shared.web.FormBinding;
import nl.ikcregie.shared.web.FormErrors;
import nl.ikcregie.shared.web.FormSubmission;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The assessment of a closed round for the projectleider: progress per application and who assesses what. */
@Path("/rondes/{rondeId}/beoordelingen")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.PROJECTLEIDER)
public class RoundAssessmentPages {

    @CheckedTemplate(basePath = "assessment")
    static class Templates {
        static native TemplateInstance ronde(SubsidyRound round, Page<Panel> panels, Map<Long, List<String>> chosen,
                Map<String, String> errors, String melding, String conflict);
    }

    @Inject
    AssignmentService assignments;

    @Inject
    RoundService rounds;

    @Inject
    FormBinding binding;

    @GET
    public TemplateInstance show(@RestPath long rondeId, @RestQuery String melding, @RestQuery String pagina) {
        return page(rondeId, pagina, null, FormErrors.none(), melding, null);
    }

    /** Saves the assignment of one application (the button beside it) or of every changed one. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assign(@RestPath long rondeId, MultivaluedMap<String, String> fields) {
        ToewijzingenInvoer form = binding.bind(fields, ToewijzingenInvoer.class);
        return FormSubmission.submit(() -> {
            int changed = assignments.assignRound(rondeId, form);
            return "/rondes/" + rondeId + "/beoordelingen?pagina=" + Page.clamp(fields.getFirst("pagina"), 1, Integer.MAX_VALUE)
                    + "&melding=" + (changed == 0 ? "ongewijzigd" : "toegewezen");
        }, errors -> page(rondeId, fields.getFirst("pagina"), form, errors, null, null),
                conflict -> page(rondeId, fields.getFirst("pagina"), null, FormErrors.none(), null, conflict.getMessage()));
    }

    private TemplateInstance page(long rondeId, String pagina, ToewijzingenInvoer typed, Map<String, String> errors,
            String melding, String conflict) {
        Page<Panel> panels = assignments.roundPage(rondeId, pagina);
        // the checkboxes show what was typed after an error, else who is assigned now
        Map<Long, List<String>> chosen = new HashMap<>();
        panels.items().forEach(p -> chosen.put(p.application().id, List.copyOf(p.assignedUsernames())));
        if (typed != null && typed.toewijzingen != null) {
            for (ToewijzingenInvoer.Rij row : typed.toewijzingen) {
                if (row != null && row.aanvraagId != null && row.aanvraagId.matches("\\d{1,18}")) {
                    chosen.computeIfPresent(Long.valueOf(row.aanvraagId),
                            (k, v) -> row.commissieleden == null ? List.of() : List.copyOf(row.commissieleden));
                }
            }
        }
        return Templates.ronde(rounds.getVisible(rondeId), panels, chosen, errors, melding, conflict).data("nav", "rondes");
    }
}
