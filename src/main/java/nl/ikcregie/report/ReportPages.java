package nl.ikcregie.report;

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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.ikcregie.application.DevelopmentCriteria;
import nl.ikcregie.application.IntegrationLevel;
import nl.ikcregie.shared.AuditEvent;
import nl.ikcregie.shared.Money;
import nl.ikcregie.shared.Roles;
import nl.ikcregie.shared.web.ActiveForm;
import nl.ikcregie.shared.web.FormBinding;
import nl.ikcregie.shared.web.FormErrors;
import nl.ikcregie.shared.web.FormSubmission;
import nl.ikcregie.shared.web.Option;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The yearly report pages: who must report in a year, the report in its four PDCA parts, the form, the review. */
@Path("/jaarrapportages")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.PROJECTLEIDER, Roles.BEHEERDER, Roles.AANVRAGER, Roles.COMMISSIELID })
public class ReportPages {

    @CheckedTemplate(basePath = "report")
    static class Templates {
        static native TemplateInstance jaarrapportages(int year, List<Option> years, List<ReportService.DueReport> dues,
                Set<Long> startable, Set<Long> editable, List<AnnualReport> readable, Map<String, String> errors,
                String melding);

        static native TemplateInstance jaarrapportage(AnnualReport report, List<AuditEvent> history, boolean canEdit,
                boolean canReview, DevelopmentCriteria criteria, ActiveForm form, RapportageActie action, String melding);

        static native TemplateInstance bewerken(AnnualReport report, RapportageInvoer form, Map<String, String> errors,
                DevelopmentCriteria criteria, List<Option> levels, List<Option> obligationStatuses, String conflict,
                String melding);
    }

    @Inject
    ReportService service;

    @Inject
    DevelopmentCriteria criteria;

    @Inject
    FormBinding binding;

    @GET
    public TemplateInstance list(@RestQuery Integer jaar, @RestQuery String melding) {
        return listPage(jaar != null ? jaar : service.defaultYear(), FormErrors.none(), melding);
    }

    private TemplateInstance listPage(int year, Map<String, String> errors, String melding) {
        int last = Math.max(service.defaultYear(), year);
        List<Option> years = IntStream.rangeClosed(last - 3, last + 1).boxed().sorted((a, b) -> b - a)
                .map(y -> Option.of(String.valueOf(y), String.valueOf(y))).toList();
        List<ReportService.DueReport> dues = service.dueVisible(year);
        // a childcare organisation reads reports of IKCs of other boards: list those beside the own duties
        List<AnnualReport> readable = service.listVisible(year).stream()
                .filter(r -> dues.stream().noneMatch(d -> d.report() != null && d.report().id.equals(r.id))).toList();
        Set<Long> startable = dues.stream().filter(d -> d.report() == null && service.canStart(d.ikc()))
                .map(d -> d.ikc().id).collect(Collectors.toSet());
        Set<Long> editable = dues.stream().filter(d -> d.report() != null && service.canEdit(d.report()))
                .map(d -> d.report().id).collect(Collectors.toSet());
        return Templates.jaarrapportages(year, years, dues, startable, editable, readable, errors, melding)
                .data("nav", "jaarrapportages");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.PROJECTLEIDER, Roles.AANVRAGER })
    public Response start(MultivaluedMap<String, String> fields) {
        RapportageStart input = binding.bind(fields, RapportageStart.class);
        int year = parseYear(input.jaar);
        return FormSubmission.submit(() -> "/jaarrapportages/" + service.start(input).id + "/bewerken?melding=gestart",
                errors -> listPage(year, errors, null),
                conflict -> listPage(year, Map.of("status", conflict.getMessage()), null));
    }

    private int parseYear(String text) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            return service.defaultYear();
        }
    }

    @GET
    @Path("/{id}")
    public TemplateInstance show(@RestPath long id, @RestQuery String melding) {
        return detail(id, new ActiveForm("", FormErrors.none()), new RapportageActie(), melding);
    }

    private TemplateInstance detail(long id, ActiveForm form, RapportageActie action, String melding) {
        AnnualReport report = service.getVisible(id);
        if (action.versie == null) {
            action.versie = report.version;
        }
        return Templates.jaarrapportage(report, service.history(id), service.canEdit(report), service.canReview(report),
                criteria, form, action, melding).data("nav", "jaarrapportages");
    }

    @POST
    @Path("/{id}/wijzigingsverzoek")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PROJECTLEIDER)
    public Response requestChanges(@RestPath long id, MultivaluedMap<String, String> fields) {
        RapportageActie action = binding.bind(fields, RapportageActie.class);
        return FormSubmission.submit(() -> "/jaarrapportages/" + service.requestChanges(id, action).id
                + "?melding=wijziging-gevraagd",
                errors -> detail(id, new ActiveForm("wijziging", errors), action, null),
                conflict -> detail(id, new ActiveForm("wijziging", Map.of("status", conflict.getMessage())),
                        new RapportageActie(), null));
    }

    @POST
    @Path("/{id}/goedkeuring")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PROJECTLEIDER)
    public Response approve(@RestPath long id, MultivaluedMap<String, String> fields) {
        RapportageActie action = binding.bind(fields, RapportageActie.class);
        return FormSubmission.submit(() -> "/jaarrapportages/" + service.approve(id, action).id + "?melding=goedgekeurd",
                errors -> detail(id, new ActiveForm("goedkeuring", errors), action, null),
                conflict -> detail(id, new ActiveForm("goedkeuring", Map.of("status", conflict.getMessage())),
                        new RapportageActie(), null));
    }

    // ---- the form --------------------------------------------------------------------------

    @GET
    @Path("/{id}/bewerken")
    @RolesAllowed(Roles.AANVRAGER)
    public TemplateInstance edit(@RestPath long id, @RestQuery String melding) {
        AnnualReport report = service.getVisible(id);
        report.requireEditable();
        if (!service.canEdit(report)) {
            throw new nl.ikcregie.shared.ForbiddenException("U kunt deze jaarrapportage niet (meer) wijzigen.");
        }
        return form(report, toForm(report), FormErrors.none(), null, melding);
    }

    @POST
    @Path("/{id}/bewerken")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.AANVRAGER)
    public Response save(@RestPath long id, MultivaluedMap<String, String> fields) {
        RapportageInvoer input = binding.bind(fields, RapportageInvoer.class);
        boolean submit = "indienen".equals(fields.getFirst("actie"));
        return FormSubmission.submit(() -> {
            long version = service.save(id, input).version;
            if (!submit) {
                return "/jaarrapportages/" + id + "/bewerken?melding=opgeslagen";
            }
            // what was typed is saved first; a missing field then shows beside the saved form
            input.versie = version;
            service.submit(id, version);
            return "/jaarrapportages/" + id + "?melding=ingediend";
        }, errors -> form(service.getVisible(id), input, errors, null, null),
                conflict -> {
            AnnualReport current = service.getVisible(id);
            input.versie = current.version;
            return form(current, input, FormErrors.none(), conflict.getMessage(), null);
        });
    }

    private TemplateInstance form(AnnualReport report, RapportageInvoer form, Map<String, String> errors,
            String conflict, String melding) {
        pad(report, form);
        List<Option> levels = Arrays.stream(IntegrationLevel.values()).map(l -> Option.of(l.name(), l.label())).toList();
        List<Option> statuses = Arrays.stream(ObligationStatus.values()).map(s -> Option.of(s.name(), s.label())).toList();
        return Templates.bewerken(report, form, errors, criteria, levels, statuses, conflict, melding)
                .data("nav", "jaarrapportages");
    }

    /** Every row of the report has a row in the form, whatever was posted. */
    private static void pad(AnnualReport r, RapportageInvoer f) {
        RapportageInvoer stored = toForm(r);
        if (f.check.indicatoren.size() != r.indicators.size()) {
            f.check.indicatoren = stored.check.indicatoren;
        }
        if (f.check.bestedingPerPartij.size() != r.spending.size()) {
            f.check.bestedingPerPartij = stored.check.bestedingPerPartij;
        }
        if (f.check.zelfevaluatie.size() != r.levels.size()) {
            f.check.zelfevaluatie = stored.check.zelfevaluatie;
        }
        if (f.check.inspanningsverplichtingen.size() != r.obligations.size()) {
            f.check.inspanningsverplichtingen = stored.check.inspanningsverplichtingen;
        }
        if (f.check.formatie.size() != r.staffing.size()) {
            f.check.formatie = stored.check.formatie;
        }
    }

    /** The stored report as the form shows it: amounts and numbers in Dutch notation. */
    static RapportageInvoer toForm(AnnualReport r) {
        RapportageInvoer f = new RapportageInvoer();
        f.versie = r.version;
        f.plan.tekst = r.planText;
        f.uitvoering.tekst = r.doneText;
        f.act.tekst = r.actText;
        f.act.wijzigingsvoorstel = r.amendmentProposal;
        f.check.subsidieBesteed = Money.plain(r.subsidySpent);
        f.check.toelichtingBesteding = r.spendingNote;
        for (ReportIndicator i : r.indicators) {
            RapportageInvoer.Indicator row = new RapportageInvoer.Indicator();
            row.gerealiseerd = Money.plain(i.realised);
            row.toelichting = i.note;
            f.check.indicatoren.add(row);
        }
        for (ReportSpending s : r.spending) {
            RapportageInvoer.Besteding row = new RapportageInvoer.Besteding();
            row.partij = s.party.name();
            row.besteed = Money.plain(s.spent);
            f.check.bestedingPerPartij.add(row);
        }
        for (ReportLevel l : r.levels) {
            RapportageInvoer.Niveau row = new RapportageInvoer.Niveau();
            row.criterium = String.valueOf(l.criterion);
            row.niveau = l.level == null ? null : l.level.name();
            f.check.zelfevaluatie.add(row);
        }
        for (ReportObligation o : r.obligations) {
            RapportageInvoer.Verplichting row = new RapportageInvoer.Verplichting();
            row.status = o.status == null ? null : o.status.name();
            row.toelichting = o.explanation;
            f.check.inspanningsverplichtingen.add(row);
        }
        for (ReportStaffing s : r.staffing) {
            RapportageInvoer.Formatie row = new RapportageInvoer.Formatie();
            row.urenIngevuld = Money.plain(s.hoursInPlace);
            f.check.formatie.add(row);
        }
        return f;
    }
}
