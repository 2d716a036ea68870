package nl.ikcregie.designation;

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
import java.util.List;
import java.util.Map;
import nl.ikcregie.organisation.Ikc;
import nl.ikcregie.shared.PdfUpload;
import nl.ikcregie.shared.Roles;
import nl.ikcregie.shared.web.ActiveForm;
import nl.ikcregie.shared.web.FormBinding;
import nl.ikcregie.shared.web.FormErrors;
import nl.ikcregie.shared.web.FormSubmission;
import nl.ikcregie.shared.web.Redirects;
import nl.ikcregie.shared.web.Option;
import nl.ikcregie.shared.web.Uploads;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The Plus-IKC pages: the list with what is due for herijking, a predicaat with its conditions and timeline, the forms. */
@Path("/plus-predicaten")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.PROJECTLEIDER, Roles.BESTUURDER, Roles.COMMISSIELID, Roles.ONTWIKKELGROEP, Roles.BEHEERDER,
        Roles.AANVRAGER })
public class PlusDesignationPages {

    @CheckedTemplate(basePath = "designation")
    static class Templates {
        static native TemplateInstance predicaten(List<PlusDesignation> designations, List<PlusDesignation> due,
                Long ikcId, LocalDate today);

        static native TemplateInstance voordracht(List<Option> ikcs, VoordrachtInvoer form, Map<String, String> errors);

        static native TemplateInstance predicaat(PlusDesignation designation, Timeline timeline,
                List<nl.ikcregie.shared.AuditEvent> events, String melding, ActiveForm forms, ToekenningInvoer grant,
                BeeindigingInvoer end, LocalDate today);

        static native TemplateInstance voorwaarde(PlusDesignation designation, DesignationCondition condition,
                VoorwaardeInvoer form, Map<String, String> errors, String status, String melding);

        static native TemplateInstance herijking(PlusDesignation designation, HerijkingInvoer form,
                List<Option> outcomes, Map<String, String> errors, String status, LocalDate today);
    }

    @Inject
    DesignationService service;

    @Inject
    FormBinding binding;

    @Inject
    Clock clock;

    /** All predicaten the caller may see, or (with {@code ikcId}) those of one IKC. */
    @GET
    public TemplateInstance list(@RestQuery Long ikcId) {
        LocalDate today = today();
        List<PlusDesignation> all = service.listVisible(ikcId);
        List<PlusDesignation> due = all.stream().filter(d -> d.reviewNeedsAttention(today)).toList();
        return Templates.predicaten(all, due, ikcId, today).data("nav", "plus");
    }

    @GET
    @Path("/nieuw")
    @RolesAllowed(Roles.PROJECTLEIDER)
    public TemplateInstance proposeForm(@RestQuery String ikcId) {
        VoordrachtInvoer form = new VoordrachtInvoer();
        form.ikcId = ikcId;
        return proposePage(form, FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PROJECTLEIDER)
    public Response propose(MultivaluedMap<String, String> fields) {
        VoordrachtInvoer form = binding.bind(fields, VoordrachtInvoer.class);
        return FormSubmission.submit(() -> "/plus-predicaten/" + service.propose(form).id + "?melding=voorgedragen",
                errors -> proposePage(form, errors));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance show(@RestPath long id, @RestQuery String melding) {
        return page(id, melding, "", FormErrors.none(), null, null);
    }

    @POST
    @Path("/{id}/toekenning")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.PROJECTLEIDER, Roles.BESTUURDER })
    public Response grant(@RestPath long id, MultivaluedMap<String, String> fields) {
        ToekenningInvoer form = binding.bind(fields, ToekenningInvoer.class);
        return submit(id, "toekenning", () -> service.grant(id, form), form, null);
    }

    @POST
    @Path("/{id}/afwijzing")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PROJECTLEIDER)
    public Response reject(@RestPath long id, MultivaluedMap<String, String> fields) {
        BeeindigingInvoer form = binding.bind(fields, BeeindigingInvoer.class);
        return submit(id, "afwijzing", () -> service.reject(id, form), null, form);
    }

    @POST
    @Path("/{id}/intrekking")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PROJECTLEIDER)
    public Response withdraw(@RestPath long id, MultivaluedMap<String, String> fields) {
        BeeindigingInvoer form = binding.bind(fields, BeeindigingInvoer.class);
        return submit(id, "intrekking", () -> service.withdraw(id, form), null, form);
    }

    @POST
    @Path("/{id}/beeindiging")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PROJECTLEIDER)
    public Response end(@RestPath long id, MultivaluedMap<String, String> fields) {
        BeeindigingInvoer form = binding.bind(fields, BeeindigingInvoer.class);
        return submit(id, "beeindiging", () -> service.end(id, form), null, form);
    }

    // ---- one condition ------------------------------------------------------------------------

    @GET
    @Path("/{id}/voorwaarden/{nummer}")
    public TemplateInstance condition(@RestPath long id, @RestPath int nummer, @RestQuery String melding) {
        PlusDesignation d = service.getVisible(id);
        DesignationCondition c = conditionOf(d, nummer);
        VoorwaardeInvoer form = new VoorwaardeInvoer();
        form.voldaan = c.met;
        form.onderbouwing = c.evidence;
        return conditionPage(d, c, form, FormErrors.none(), null, melding);
    }

    @POST
    @Path("/{id}/voorwaarden/{nummer}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PROJECTLEIDER)
    public Response checkCondition(@RestPath long id, @RestPath int nummer, MultivaluedMap<String, String> fields) {
        VoorwaardeInvoer form = binding.bind(fields, VoorwaardeInvoer.class);
        return FormSubmission.submit(() -> {
            service.checkCondition(id, nummer, form);
            return "/plus-predicaten/" + id + "?melding=voorwaarde-" + nummer;
        }, errors -> conditionPage(id, nummer, form, errors, null),
                conflict -> conditionPage(id, nummer, form, FormErrors.none(), conflict.getMessage()));
    }

    @POST
    @Path("/{id}/voorwaarden/{nummer}/bijlagen")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.PROJECTLEIDER)
    public Response upload(@RestPath long id, @RestPath int nummer, @RestForm("bijlage") FileUpload file,
            @RestForm Long versie) {
        return FormSubmission.submit(() -> {
            service.addAttachment(id, nummer, versie, file == null ? null : file.fileName(), Uploads.bytes(file));
            return "/plus-predicaten/" + id + "/voorwaarden/" + nummer + "?melding=bijlage";
        }, errors -> conditionPage(id, nummer, null, FormErrors.moved(errors, PdfUpload.NAME_FIELD, "bijlage"),
                null),
                conflict -> conditionPage(id, nummer, null, FormErrors.none(), conflict.getMessage()));
    }

    /** The upload's address opened again (a reload, the way back from a file too large): its condition. */
    @GET
    @Path("/{id}/voorwaarden/{nummer}/bijlagen")
    @RolesAllowed(Roles.PROJECTLEIDER)
    public Response uploadAddress(@RestPath long id, @RestPath int nummer) {
        return Redirects.seeOther("/plus-predicaten/" + id + "/voorwaarden/" + nummer);
    }

    @GET
    @Path("/{id}/voorwaarden/{nummer}/bijlagen/{bijlageId}")
    @Produces("application/pdf")
    public Response download(@RestPath long id, @RestPath int nummer, @RestPath long bijlageId) {
        DesignationAttachment a = service.attachment(id, nummer, bijlageId);
        return Response.ok(a.content, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + a.filename.replace("\"", "") + "\"").build();
    }

    @POST
    @Path("/{id}/voorwaarden/{nummer}/bijlagen/{bijlageId}/verwijderen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PROJECTLEIDER)
    public Response removeAttachment(@RestPath long id, @RestPath int nummer, @RestPath long bijlageId,
            MultivaluedMap<String, String> fields) {
        BeeindigingInvoer form = binding.bind(fields, BeeindigingInvoer.class);
        return FormSubmission.submit(() -> {
            service.removeAttachment(id, nummer, form.versie, bijlageId);
            return "/plus-predicaten/" + id + "/voorwaarden/" + nummer + "?melding=bijlage-verwijderd";
        }, errors -> conditionPage(id, nummer, null, errors, null),
                conflict -> conditionPage(id, nummer, null, FormErrors.none(), conflict.getMessage()));
    }

    // ---- herijking -------------------------------------------------------------------------------

    @GET
    @Path("/{id}/herijking")
    @RolesAllowed(Roles.PROJECTLEIDER)
    public TemplateInstance reviewForm(@RestPath long id) {
        PlusDesignation d = service.getVisible(id);
        HerijkingInvoer form = new HerijkingInvoer();
        form.datum = today().toString();
        form.versie = d.version;
        for (DesignationCondition c : d.conditions) {
            HerijkingInvoer.VoorwaardeToets t = new HerijkingInvoer.VoorwaardeToets();
            t.nummer = c.number;
            t.voldaan = c.met;
            t.onderbouwing = c.evidence;
            form.voorwaarden.add(t);
        }
        return reviewPage(d, form, FormErrors.none(), null);
    }

    @POST
    @Path("/{id}/herijkingen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PROJECTLEIDER)
    public Response review(@RestPath long id, MultivaluedMap<String, String> fields) {
        HerijkingInvoer form = binding.bind(fields, HerijkingInvoer.class);
        return FormSubmission.submit(() -> {
            service.review(id, form);
            return "/plus-predicaten/" + id + "?melding=herijkt";
        }, errors -> reviewPage(service.getVisible(id), form, errors, null),
                conflict -> reviewPage(service.getVisible(id), form, FormErrors.none(), conflict.getMessage()));
    }

    // ---- helpers -------------------------------------------------------------------------------

    private Response submit(long id, String formName, Runnable action, ToekenningInvoer grant, BeeindigingInvoer end) {
        return FormSubmission.submit(() -> {
            action.run();
            return "/plus-predicaten/" + id + "?melding=" + formName;
        }, errors -> page(id, null, formName, errors, grant, end),
                conflict -> page(id, null, formName, Map.of("status", conflict.getMessage()), grant, end));
    }

    private TemplateInstance page(long id, String melding, String formName, Map<String, String> errors,
            ToekenningInvoer grant, BeeindigingInvoer end) {
        PlusDesignation d = service.getVisible(id);
        LocalDate today = today();
        ToekenningInvoer grantForm = grant;
        if (grantForm == null) {
            grantForm = new ToekenningInvoer();
            grantForm.besluitdatum = today.toString();
            grantForm.geldigVanaf = today.toString();
        }
        BeeindigingInvoer endForm = end;
        if (endForm == null) {
            endForm = new BeeindigingInvoer();
            endForm.einddatum = today.toString();
        }
        return Templates.predicaat(d, service.timeline(d), service.history(id), melding,
                new ActiveForm(formName, errors), grantForm, endForm, today).data("nav", "plus");
    }

    private TemplateInstance proposePage(VoordrachtInvoer form, Map<String, String> errors) {
        List<Option> ikcs = service.proposable().stream()
                .map((Ikc i) -> Option.of(i.id, i.name + " (" + i.priorityArea.name + ")")).toList();
        return Templates.voordracht(ikcs, form, errors).data("nav", "plus");
    }

    private TemplateInstance conditionPage(long id, int number, VoorwaardeInvoer form, Map<String, String> errors,
            String status) {
        PlusDesignation d = service.getVisible(id);
        DesignationCondition c = conditionOf(d, number);
        VoorwaardeInvoer shown = form;
        if (shown == null) {
            shown = new VoorwaardeInvoer();
            shown.voldaan = c.met;
            shown.onderbouwing = c.evidence;
        }
        return conditionPage(d, c, shown, errors, status, null);
    }

    private static TemplateInstance conditionPage(PlusDesignation d, DesignationCondition c, VoorwaardeInvoer form,
            Map<String, String> errors, String status, String melding) {
        return Templates.voorwaarde(d, c, form, errors, status, melding).data("nav", "plus");
    }

    private TemplateInstance reviewPage(PlusDesignation d, HerijkingInvoer form, Map<String, String> errors,
            String status) {
        // only a granted predicaat has a period to re-evaluate; the form of another one has nothing to show (409)
        if (d.status != DesignationStatus.TOEGEKEND) {
            throw new nl.ikcregie.shared.IllegalTransitionException("Een predicaat met status "
                    + d.status.label().toLowerCase() + " kan niet worden herijkt.");
        }
        List<Option> outcomes = Arrays.stream(ReviewOutcome.values()).map(o -> Option.of(o.name(), o.label())).toList();
        // the form always shows the eleven conditions, also when a post left some out
        java.util.Map<Integer, HerijkingInvoer.VoorwaardeToets> byNumber = new java.util.TreeMap<>();
        if (form.voorwaarden != null) {
            form.voorwaarden.stream().filter(t -> t != null && t.nummer != null).forEach(t -> byNumber.put(t.nummer, t));
        }
        form.voorwaarden = new java.util.ArrayList<>();
        for (int n = 1; n <= PlusConditions.COUNT; n++) {
            HerijkingInvoer.VoorwaardeToets t = byNumber.get(n);
            if (t == null) {
                t = new HerijkingInvoer.VoorwaardeToets();
                t.nummer = n;
            }
            form.voorwaarden.add(t);
        }
        return Templates.herijking(d, form, outcomes, errors, status, today()).data("nav", "plus");
    }

    private static DesignationCondition conditionOf(PlusDesignation d, int number) {
        DesignationCondition c = PlusConditions.exists(number) ? d.condition(number) : null;
        if (c == null) {
            throw new nl.ikcregie.shared.NotFoundException("Voorwaarde");
        }
        return c;
    }


    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
