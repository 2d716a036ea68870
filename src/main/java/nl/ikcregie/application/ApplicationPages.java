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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.ikcregie.shared.AuditEvent;
import nl.ikcregie.shared.InputRules;
import nl.ikcregie.shared.Money;
import nl.ikcregie.shared.NotFoundException;
import nl.ikcregie.shared.Roles;
import nl.ikcregie.shared.web.ActieInvoer;
import nl.ikcregie.shared.web.FormBinding;
import nl.ikcregie.shared.web.FormErrors;
import nl.ikcregie.shared.web.FormSubmission;
import nl.ikcregie.shared.web.Redirects;
import nl.ikcregie.shared.web.Uploads;
import nl.ikcregie.shared.web.Option;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The application pages: list, the form in steps, check and submit, the read view with its history and checks. */
@Path("/aanvragen")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.PROJECTLEIDER, Roles.AANVRAGER, Roles.BESTUURDER })
public class ApplicationPages {

    static final int EMPTY_BUDGET_ROWS = 3;

    @CheckedTemplate(basePath = "application")
    static class Templates {
        static native TemplateInstance aanvragen(List<SubsidyApplication> applications, LocalDate today);

        static native TemplateInstance aanvraag(SubsidyApplication application, YearlyMaximum maximum,
                List<AuditEvent> history, String melding, boolean canChange, LocalDate today,
                DevelopmentCriteria criteria, Map<String, String> errors, ActieInvoer action, String zaak);

        static native TemplateInstance stap(SubsidyApplication application, ApplicationPart part,
                List<ApplicationPart> parts, AanvraagInvoer form, Map<String, String> errors, YearlyMaximum maximum,
                DevelopmentCriteria criteria, List<Option> levels, List<Option> partners, String conflict,
                String melding);

        static native TemplateInstance indienen(SubsidyApplication application, Map<String, String> problems,
                YearlyMaximum maximum, List<ApplicationPart> parts);
    }

    @Inject
    ApplicationService service;

    @Inject
    DevelopmentCriteria criteria;

    @Inject
    FormBinding binding;

    @Inject
    CaseLinks caseLinks;

    @Inject
    nl.ikcregie.shared.Caller caller;

    @Inject
    Clock clock;

    @GET
    public TemplateInstance list() {
        return Templates.aanvragen(service.listVisible(null), LocalDate.now(clock)).data("nav", "aanvragen");
    }

    @GET
    @Path("/{id}")
    public TemplateInstance show(@RestPath long id, @RestQuery String melding) {
        return detail(id, melding, FormErrors.none(), new ActieInvoer());
    }

    TemplateInstance detail(long id, String melding, Map<String, String> errors, ActieInvoer action) {
        SubsidyApplication application = service.getVisible(id);
        return Templates.aanvraag(application, service.yearlyMaximum(application), service.history(id), melding,
                service.canChange(application), LocalDate.now(clock), criteria, errors, action,
                caller.hasAnyRole(Roles.PROJECTLEIDER, Roles.BESTUURDER) ? caseLinks.zaakUrl(application.id).orElse(null)
                        : null).data("nav", "aanvragen");
    }

    // ---- the form in steps -------------------------------------------------------------------

    @GET
    @Path("/{id}/stap/{slug}")
    @RolesAllowed(Roles.AANVRAGER)
    public TemplateInstance step(@RestPath long id, @RestPath String slug, @RestQuery String melding) {
        SubsidyApplication application = service.getEditable(id);
        return stepPage(application, part(slug), toForm(application), FormErrors.none(), null, melding);
    }

    @POST
    @Path("/{id}/stap/{slug}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.AANVRAGER)
    public Response saveStep(@RestPath long id, @RestPath String slug, MultivaluedMap<String, String> fields) {
        ApplicationPart part = part(slug);
        AanvraagInvoer form = binding.bind(fields, AanvraagInvoer.class);
        boolean next = "verder".equals(fields.getFirst("actie"));
        return FormSubmission.submit(() -> {
            service.save(id, form, EnumSet.of(part));
            return next ? nextPath(id, part) : "/aanvragen/" + id + "/stap/" + part.slug() + "?melding=opgeslagen";
        }, errors -> stepPage(service.getVisible(id), part, form, errors, null, null),
                conflict -> {
                    // what was typed stays in the form; what is stored now is shown beside it
                    SubsidyApplication current = service.getVisible(id);
                    form.versie = current.version;
                    return stepPage(current, part, form, FormErrors.none(), conflict.getMessage(), null);
                });
    }

    private static String nextPath(long id, ApplicationPart part) {
        ApplicationPart[] parts = ApplicationPart.values();
        return part.ordinal() + 1 < parts.length ? "/aanvragen/" + id + "/stap/" + parts[part.ordinal() + 1].slug()
                : "/aanvragen/" + id + "/indienen";
    }

    private TemplateInstance stepPage(SubsidyApplication application, ApplicationPart part, AanvraagInvoer form,
            Map<String, String> errors, String conflict, String melding) {
        // the self-assessment has exactly the instrument's 12 criteria, whatever was posted
        if (form.zelfevaluatie.size() != DevelopmentCriteria.COUNT) {
            form.zelfevaluatie = toForm(application).zelfevaluatie;
        }
        while (form.begrotingsregels.size() < application.budgetLines.size() + EMPTY_BUDGET_ROWS) {
            form.begrotingsregels.add(new AanvraagInvoer.Begrotingsregel());
        }
        List<Option> levels = Arrays.stream(IntegrationLevel.values()).map(l -> Option.of(l.name(), l.label())).toList();
        List<Option> partners = application.ikc.childcarePartners.stream().map(p -> Option.of(p.id, p.name)).toList();
        return Templates.stap(application, part, List.of(ApplicationPart.values()), form, errors,
                service.yearlyMaximum(application), criteria, levels, partners, conflict, melding)
                .data("nav", "aanvragen");
    }

    private static ApplicationPart part(String slug) {
        ApplicationPart part = ApplicationPart.ofSlug(slug);
        if (part == null) {
            throw new NotFoundException("Stap");
        }
        return part;
    }

    /** The stored content as the form shows it: amounts in Dutch notation. */
    static AanvraagInvoer toForm(SubsidyApplication a) {
        AanvraagInvoer form = new AanvraagInvoer();
        form.plan.waarom = a.why;
        form.plan.hoe = a.how;
        form.plan.wat = a.what;
        form.draagvlak = a.support;
        form.verlengdeLeertijd = a.extendedLearningTime;
        for (SelfAssessmentEntry e : a.selfAssessment) {
            AanvraagInvoer.Zelfevaluatie row = new AanvraagInvoer.Zelfevaluatie();
            row.criterium = String.valueOf(e.criterion);
            row.huidigNiveau = e.currentLevel == null ? null : e.currentLevel.name();
            row.ambitieNiveau = e.ambitionLevel == null ? null : e.ambitionLevel.name();
            form.zelfevaluatie.add(row);
        }
        for (BudgetLine l : a.budgetLines) {
            AanvraagInvoer.Begrotingsregel row = new AanvraagInvoer.Begrotingsregel();
            row.omschrijving = l.description;
            row.bedrag = Money.plain(l.amount);
            row.cofinancieringOnderwijs = Money.plain(l.cofinancingEducation);
            row.cofinancieringKinderopvang = Money.plain(l.cofinancingChildcare);
            row.cofinancieringOverig = Money.plain(l.cofinancingOther);
            form.begrotingsregels.add(row);
        }
        form.kinderopvangIds = a.partners.stream().map(p -> String.valueOf(p.id)).toList();
        form.versie = a.version;
        return form;
    }

    // ---- check and submit --------------------------------------------------------------------

    @GET
    @Path("/{id}/indienen")
    @RolesAllowed(Roles.AANVRAGER)
    public TemplateInstance review(@RestPath long id) {
        SubsidyApplication application = service.getEditable(id);
        InputRules rules = new InputRules();
        service.checkComplete(application, rules);
        Map<String, String> problems = FormErrors.none();
        try {
            rules.throwIfAny();
        } catch (nl.ikcregie.shared.InvalidInputException e) {
            problems = FormErrors.of(e);
        }
        return Templates.indienen(application, problems, service.yearlyMaximum(application),
                List.of(ApplicationPart.values())).data("nav", "aanvragen");
    }

    @POST
    @Path("/{id}/indienen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.AANVRAGER)
    public Response submit(@RestPath long id, MultivaluedMap<String, String> fields) {
        ActieInvoer action = binding.bind(fields, ActieInvoer.class);
        return FormSubmission.submit(() -> "/aanvragen/" + service.submit(id, action.versie).id + "?melding=ingediend",
                errors -> Templates.indienen(service.getVisible(id), errors,
                        service.yearlyMaximum(service.getVisible(id)), List.of(ApplicationPart.values()))
                        .data("nav", "aanvragen"),
                conflict -> detail(id, null, Map.of("status", conflict.getMessage()), action));
    }

    // ---- other actions -----------------------------------------------------------------------

    @POST
    @Path("/{id}/intrekken")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.AANVRAGER)
    public Response withdraw(@RestPath long id, MultivaluedMap<String, String> fields) {
        return act(id, fields, a -> "/aanvragen/" + service.withdraw(id, a.versie, a.reden).id + "?melding=ingetrokken");
    }

    @POST
    @Path("/{id}/verwijderen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.AANVRAGER)
    public Response delete(@RestPath long id, MultivaluedMap<String, String> fields) {
        return act(id, fields, a -> {
            service.delete(id, a.versie);
            return "/aanvragen?melding=verwijderd";
        });
    }

    @POST
    @Path("/{id}/ontvankelijk")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PROJECTLEIDER)
    public Response declareComplete(@RestPath long id, MultivaluedMap<String, String> fields) {
        return act(id, fields, a -> "/aanvragen/" + service.declareComplete(id, a.versie).id + "?melding=ontvankelijk");
    }

    @POST
    @Path("/{id}/buiten-behandeling")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PROJECTLEIDER)
    public Response setAside(@RestPath long id, MultivaluedMap<String, String> fields) {
        return act(id, fields, a -> "/aanvragen/" + service.setAside(id, a.versie, a.reden).id + "?melding=buiten-behandeling");
    }

    @POST
    @Path("/{id}/aanvulling")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PROJECTLEIDER)
    public Response requestCompletion(@RestPath long id, MultivaluedMap<String, String> fields) {
        return act(id, fields, a -> "/aanvragen/" + service.requestCompletion(id, a.versie, a.ontbreekt, a.termijnTot).id
                + "?melding=aanvulling");
    }

    // ---- attachments -------------------------------------------------------------------------

    @POST
    @Path("/{id}/bijlagen")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.AANVRAGER)
    public Response upload(@RestPath long id, @RestForm("bijlage") FileUpload file, @RestForm Long versie) {
        return FormSubmission.submit(() -> {
            service.addAttachment(id, versie, file == null ? null : file.fileName(), Uploads.bytes(file));
            return "/aanvragen/" + id + "/stap/partners?melding=bijlage";
        }, errors -> {
            SubsidyApplication application = service.getVisible(id);
            return stepPage(application, ApplicationPart.PARTNERS, toForm(application),
                    FormErrors.moved(errors, nl.ikcregie.shared.PdfUpload.NAME_FIELD, "bijlage"), null, null);
        }, conflict -> {
            SubsidyApplication application = service.getVisible(id);
            return stepPage(application, ApplicationPart.PARTNERS, toForm(application), FormErrors.none(),
                    conflict.getMessage(), null);
        });
    }

    /** The upload's address opened again (a reload, the way back from a file too large): its step. */
    @GET
    @Path("/{id}/bijlagen")
    @RolesAllowed(Roles.AANVRAGER)
    public Response uploadAddress(@RestPath long id) {
        service.getVisible(id); // another organisation's application is not found, here as everywhere
        return Redirects.seeOther("/aanvragen/" + id + "/stap/partners");
    }

    @GET
    @Path("/{id}/bijlagen/{bijlageId}")
    @Produces("application/pdf")
    @RolesAllowed({ Roles.PROJECTLEIDER, Roles.AANVRAGER, Roles.BESTUURDER, Roles.COMMISSIELID })
    public Response download(@RestPath long id, @RestPath long bijlageId) {
        ApplicationAttachment attachment = service.attachment(id, bijlageId);
        return Response.ok(attachment.content, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + attachment.filename.replace("\"", "") + "\"")
                .build();
    }

    @POST
    @Path("/{id}/bijlagen/{bijlageId}/verwijderen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.AANVRAGER)
    public Response removeAttachment(@RestPath long id, @RestPath long bijlageId, MultivaluedMap<String, String> fields) {
        return act(id, fields, a -> {
            service.removeAttachment(id, a.versie, bijlageId);
            return "/aanvragen/" + id + "/stap/partners?melding=bijlage-verwijderd";
        });
    }

    /** An action button on the read view: on success back to where the action says, else the view with the message. */
    private Response act(long id, MultivaluedMap<String, String> fields, Function<ActieInvoer, String> action) {
        return FormSubmission.action(binding.bind(fields, ActieInvoer.class), action,
                (errors, input) -> detail(id, null, errors, input));
    }

}
