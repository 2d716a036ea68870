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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.ikcregie.application.DevelopmentCriteria;
import nl.ikcregie.round.AssessmentCriterion;
import nl.ikcregie.shared.Roles;
import nl.ikcregie.shared.web.ActieInvoer;
import nl.ikcregie.shared.web.FormBinding;
import nl.ikcregie.shared.web.FormErrors;
import nl.ikcregie.shared.web.FormSubmission;
import nl.ikcregie.shared.web.Option;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** A commissielid scores an application: the application beside the form, drafts, submission, and then everyone's scores. */
@Path("/aanvragen/{aanvraagId}/beoordelen")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.COMMISSIELID)
public class AssessmentPages {

    static final int OBLIGATION_ROWS = 3;

    /** The scale of a score, as the radio buttons name it. */
    static final List<Option> SCALE = List.of(Option.of(1, "1 - onvoldoende"), Option.of(2, "2 - matig"),
            Option.of(3, "3 - voldoende"), Option.of(4, "4 - goed"), Option.of(5, "5 - uitstekend"));

    @CheckedTemplate(basePath = "assessment")
    static class Templates {
        static native TemplateInstance beoordelen(Scoring scoring, List<AssessmentCriterion> criteria,
                BeoordelingInvoer form, Map<String, String> errors, List<Option> scale, String melding,
                DevelopmentCriteria developmentCriteria, ActieInvoer declaration, Map<String, String> declarationErrors,
                String conflict);
    }

    @Inject
    AssessmentService service;

    @Inject
    DevelopmentCriteria developmentCriteria;

    @Inject
    FormBinding binding;

    @GET
    public TemplateInstance show(@RestPath long aanvraagId, @RestQuery String melding) {
        Scoring scoring = service.scoring(aanvraagId);
        return page(scoring, scoring.draft(), FormErrors.none(), melding, new ActieInvoer(), FormErrors.none(), null);
    }

    /** "Concept opslaan" keeps what was typed; "Beoordeling indienen" checks everything and submits. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestPath long aanvraagId, MultivaluedMap<String, String> fields) {
        BeoordelingInvoer form = binding.bind(fields, BeoordelingInvoer.class);
        boolean submit = "indienen".equals(fields.getFirst("actie"));
        return FormSubmission.submit(() -> {
            if (submit) {
                service.submit(aanvraagId, form);
            } else {
                service.saveDraft(aanvraagId, form);
            }
            return "/aanvragen/" + aanvraagId + "/beoordelen?melding=" + (submit ? "ingediend" : "concept");
        }, errors -> page(service.scoring(aanvraagId), form, errors, null, new ActieInvoer(), FormErrors.none(), null),
                conflict -> page(service.scoring(aanvraagId), form, FormErrors.none(), null, new ActieInvoer(),
                        FormErrors.none(), conflict.getMessage()));
    }

    @POST
    @Path("/belangenverstrengeling")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response declareConflict(@RestPath long aanvraagId, MultivaluedMap<String, String> fields) {
        ActieInvoer declaration = binding.bind(fields, ActieInvoer.class);
        return FormSubmission.submit(() -> {
            service.declareConflict(aanvraagId, declaration.reden);
            return "/commissie?melding=belangenverstrengeling";
        }, errors -> {
            Scoring scoring = service.scoring(aanvraagId);
            return page(scoring, scoring.draft(), FormErrors.none(), null, declaration, errors, null);
        }, conflict -> {
            Scoring scoring = service.scoring(aanvraagId);
            return page(scoring, scoring.draft(), FormErrors.none(), null, declaration, FormErrors.none(),
                    conflict.getMessage());
        });
    }

    private TemplateInstance page(Scoring scoring, BeoordelingInvoer typed, Map<String, String> errors, String melding,
            ActieInvoer declaration, Map<String, String> declarationErrors, String conflict) {
        List<AssessmentCriterion> criteria = scoring.application().round.criteria;
        return Templates.beoordelen(scoring, criteria, form(typed, criteria.size()), errors, SCALE, melding,
                developmentCriteria, declaration, declarationErrors, conflict).data("nav", "start");
    }

    /** One score row per criterion of the round (what was typed in its place), and room for obligations. */
    static BeoordelingInvoer form(BeoordelingInvoer typed, int criteria) {
        BeoordelingInvoer form = new BeoordelingInvoer();
        List<BeoordelingInvoer.ScoreInvoer> rows = typed == null || typed.scores == null ? List.of() : typed.scores;
        for (int c = 1; c <= criteria; c++) {
            String number = String.valueOf(c);
            BeoordelingInvoer.ScoreInvoer row = rows.stream().filter(r -> r != null && number.equals(r.criterium))
                    .findFirst().orElseGet(BeoordelingInvoer.ScoreInvoer::new);
            row.criterium = number;
            form.scores.add(row);
        }
        form.voorgesteldBedrag = typed == null ? null : typed.voorgesteldBedrag;
        List<BeoordelingInvoer.Verplichting> obligations = typed == null || typed.inspanningsverplichtingen == null
                ? List.of() : typed.inspanningsverplichtingen;
        form.inspanningsverplichtingen = new ArrayList<>(obligations.stream()
                .map(o -> o == null ? new BeoordelingInvoer.Verplichting() : o).toList());
        while (form.inspanningsverplichtingen.size() < OBLIGATION_ROWS) {
            form.inspanningsverplichtingen.add(new BeoordelingInvoer.Verplichting());
        }
        return form;
    }
}
