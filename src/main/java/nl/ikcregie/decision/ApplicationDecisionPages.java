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
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.ikcregie.application.ApplicationService;
import nl.ikcregie.application.ApplicationStatus;
import nl.ikcregie.application.SubsidyApplication;
import nl.ikcregie.shared.Money;
import nl.ikcregie.shared.Roles;
import nl.ikcregie.shared.web.ActiveForm;
import nl.ikcregie.shared.web.FormBinding;
import nl.ikcregie.shared.web.FormErrors;
import nl.ikcregie.shared.web.FormSubmission;
import nl.ikcregie.shared.web.Option;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The decisions on one application: the letters (for the applicant too), the obligations and the
 * objections; the college's decision form (following or deviating from the advice); and the
 * projectleider's forms for obligations and objections.
 */
@Path("/aanvragen/{aanvraagId}/besluiten")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.PROJECTLEIDER, Roles.BESTUURDER, Roles.AANVRAGER })
public class ApplicationDecisionPages {

    @CheckedTemplate(basePath = "decision")
    static class Templates {
        static native TemplateInstance aanvraagBesluiten(SubsidyApplication application, List<Decision> decisions,
                List<Objection> objections, BigDecimal advised, boolean canDecide, String melding,
                ActiveForm forms, BesluitInvoer decision, BezwaarInvoer objection,
                BezwaarAfhandeling handling, List<Option> outcomes, LocalDate today);
    }

    @Inject
    DecisionService decisions;

    @Inject
    ObjectionService objections;

    @Inject
    AdviceService advice;

    @Inject
    ApplicationService applications;

    @Inject
    FormBinding binding;

    @Inject
    Clock clock;

    @GET
    public TemplateInstance show(@RestPath long aanvraagId, @RestQuery String melding) {
        return page(aanvraagId, melding, FormErrors.none(), null, null, null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.PROJECTLEIDER, Roles.BESTUURDER })
    public Response decide(@RestPath long aanvraagId, MultivaluedMap<String, String> fields) {
        BesluitInvoer form = binding.bind(fields, BesluitInvoer.class);
        return submit(aanvraagId, "besluit", () -> decisions.record(aanvraagId, form), form, null, null);
    }

    @POST
    @Path("/{besluitId}/bezwaren")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PROJECTLEIDER)
    public Response registerObjection(@RestPath long aanvraagId, @RestPath long besluitId,
            MultivaluedMap<String, String> fields) {
        BezwaarInvoer form = binding.bind(fields, BezwaarInvoer.class);
        return submit(aanvraagId, "bezwaar", () -> objections.register(own(aanvraagId, besluitId), form), null, form, null);
    }

    @POST
    @Path("/{besluitId}/verplichtingen/{nummer}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PROJECTLEIDER)
    public Response fulfil(@RestPath long aanvraagId, @RestPath long besluitId, @RestPath int nummer,
            MultivaluedMap<String, String> fields) {
        String date = fields.getFirst("nagekomenOp");
        return submit(aanvraagId, "verplichting-" + nummer,
                () -> decisions.fulfil(own(aanvraagId, besluitId), nummer, date), null, null, null);
    }

    @POST
    @Path("/bezwaren/{bezwaarId}/verdaging")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PROJECTLEIDER)
    public Response extend(@RestPath long aanvraagId, @RestPath long bezwaarId, MultivaluedMap<String, String> fields) {
        BezwaarAfhandeling form = binding.bind(fields, BezwaarAfhandeling.class);
        return submit(aanvraagId, "verdaging-" + bezwaarId,
                () -> objections.extend(ownObjection(aanvraagId, bezwaarId), form), null, null, form);
    }

    @POST
    @Path("/bezwaren/{bezwaarId}/beslissing")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PROJECTLEIDER)
    public Response decideObjection(@RestPath long aanvraagId, @RestPath long bezwaarId,
            MultivaluedMap<String, String> fields) {
        BezwaarAfhandeling form = binding.bind(fields, BezwaarAfhandeling.class);
        return submit(aanvraagId, "beslissing-" + bezwaarId,
                () -> objections.decide(ownObjection(aanvraagId, bezwaarId), form), null, null, form);
    }

    private Response submit(long applicationId, String formName, Runnable action, BesluitInvoer decision,
            BezwaarInvoer objection, BezwaarAfhandeling handling) {
        return FormSubmission.submit(() -> {
            action.run();
            return "/aanvragen/" + applicationId + "/besluiten?melding=" + formName;
        }, errors -> page(applicationId, null, errors, formName, decision, objection, handling),
                conflict -> page(applicationId, null, Map.of("status", conflict.getMessage()), formName, decision,
                        objection, handling));
    }

    /** A decision of this application (else 404, so ids of other applications cannot be mixed in). */
    private long own(long applicationId, long decisionId) {
        Decision decision = decisions.get(decisionId);
        if (!decision.application.id.equals(applicationId)) {
            throw new nl.ikcregie.shared.NotFoundException("Besluit");
        }
        return decisionId;
    }

    private long ownObjection(long applicationId, long objectionId) {
        Objection objection = objections.get(objectionId);
        if (!objection.decision.application.id.equals(applicationId)) {
            throw new nl.ikcregie.shared.NotFoundException("Bezwaar");
        }
        return objectionId;
    }

    private TemplateInstance page(long applicationId, String melding, Map<String, String> errors, String formName,
            BesluitInvoer decision, BezwaarInvoer objection, BezwaarAfhandeling handling) {
        SubsidyApplication application = applications.getVisible(applicationId);
        List<Decision> list = decisions.decisions(applicationId);
        BigDecimal advised = advice.establishedLine(application).map(l -> l.advisedAmount).orElse(null);
        LocalDate today = LocalDate.now(clock);
        BesluitInvoer decisionForm = decision;
        if (decisionForm == null) {
            decisionForm = new BesluitInvoer();
            decisionForm.toegekendBedrag = advised == null ? null : Money.plain(advised);
            decisionForm.besluitdatum = today.toString();
        }
        BezwaarInvoer objectionForm = objection != null ? objection : new BezwaarInvoer();
        if (objectionForm.ontvangenOp == null) {
            objectionForm.ontvangenOp = today.toString();
        }
        if (objectionForm.adviescommissie == null) {
            objectionForm.adviescommissie = "false";
        }
        List<Option> outcomes = java.util.Arrays.stream(ObjectionOutcome.values())
                .map(o -> Option.of(o.name(), o.label())).toList();
        boolean canDecide = application.status == ApplicationStatus.GEADVISEERD;
        return Templates.aanvraagBesluiten(application, list, objections.forApplication(applicationId), advised, canDecide,
                melding, new ActiveForm(formName == null ? "" : formName, errors), decisionForm, objectionForm,
                handling != null ? handling : new BezwaarAfhandeling(), outcomes, today)
                .data("nav", "rondes");
    }
}
