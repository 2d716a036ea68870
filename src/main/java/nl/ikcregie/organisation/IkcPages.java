package nl.ikcregie.organisation;

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
import nl.ikcregie.shared.AuditEvent;
import nl.ikcregie.shared.Roles;
import nl.ikcregie.shared.web.FormBinding;
import nl.ikcregie.shared.web.FormErrors;
import nl.ikcregie.shared.web.FormSubmission;
import nl.ikcregie.shared.web.Option;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The IKC pages: list, detail with history, and the form to add or change one. */
@Path("/ikcs")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.BEHEERDER, Roles.PROJECTLEIDER, Roles.COMMISSIELID, Roles.AANVRAGER, Roles.BESTUURDER,
        Roles.ONTWIKKELGROEP })
public class IkcPages {

    @Inject
    FormBinding binding;

    @CheckedTemplate(basePath = "organisation")
    static class Templates {
        static native TemplateInstance ikcs(List<Ikc> ikcs);

        static native TemplateInstance ikc(Ikc ikc, List<AuditEvent> history, String melding,
                Map<String, String> errors, Kindaantal count);

        static native TemplateInstance ikcFormulier(Long id, IkcInvoer form, Map<String, String> errors,
                List<Option> boards, List<Option> areas, List<Option> childcare, List<Option> categories,
                Ikc current, String conflict);
    }

    @Inject
    IkcService service;

    @Inject
    OrganisationService organisations;

    @Inject
    PriorityAreaService areas;

    @GET
    public TemplateInstance list() {
        return Templates.ikcs(service.listVisible()).data("nav", "ikcs");
    }

    @GET
    @Path("/{id}")
    public TemplateInstance show(@RestPath long id, @RestQuery String melding) {
        return Templates.ikc(service.getVisible(id), service.history(id), melding, FormErrors.none(), new Kindaantal())
                .data("nav", "ikcs");
    }

    @GET
    @Path("/nieuw")
    @RolesAllowed({ Roles.BEHEERDER, Roles.PROJECTLEIDER })
    public TemplateInstance createForm() {
        IkcInvoer form = new IkcInvoer();
        form.categorie = IkcCategory.REGULIER.name();
        return form(null, form, FormErrors.none(), null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.BEHEERDER, Roles.PROJECTLEIDER })
    public Response create(MultivaluedMap<String, String> fields) {
        IkcInvoer form = binding.bind(fields, IkcInvoer.class);
        return FormSubmission.submit(() -> "/ikcs/" + service.create(form).id + "?melding=aangemaakt",
                errors -> form(null, form, errors, null, null));
    }

    @POST
    @Path("/{id}/kindaantallen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.BEHEERDER, Roles.PROJECTLEIDER })
    public Response recordChildCount(@RestPath long id, MultivaluedMap<String, String> fields) {
        Kindaantal form = binding.bind(fields, Kindaantal.class);
        return FormSubmission.submit(() -> {
            service.recordChildCount(id, form.teldatum, form.aantal);
            return "/ikcs/" + id + "?melding=kindaantal";
        }, errors -> Templates.ikc(service.getVisible(id), service.history(id), null, errors, form).data("nav", "ikcs"));
    }

    @GET
    @Path("/{id}/bewerken")
    @RolesAllowed({ Roles.BEHEERDER, Roles.PROJECTLEIDER })
    public TemplateInstance editForm(@RestPath long id) {
        return form(id, toForm(service.getVisible(id)), FormErrors.none(), null, null);
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.BEHEERDER, Roles.PROJECTLEIDER })
    public Response update(@RestPath long id, MultivaluedMap<String, String> fields) {
        IkcInvoer form = binding.bind(fields, IkcInvoer.class);
        return FormSubmission.submit(() -> "/ikcs/" + service.update(id, form).id + "?melding=opgeslagen",
                errors -> form(id, form, errors, null, null),
                conflict -> {
                    // keep what was typed, show what is stored now, and let a new save build on the current version
                    Ikc current = service.getVisible(id);
                    form.versie = current.version;
                    return form(id, form, FormErrors.none(), current, conflict.getMessage());
                });
    }

    private TemplateInstance form(Long id, IkcInvoer form, Map<String, String> errors, Ikc current,
            String conflict) {
        List<Option> boards = organisations.listByKind(OrganisationKind.ONDERWIJSKOEPEL).stream()
                .map(o -> Option.of(o.id, o.name)).toList();
        List<Option> childcare = organisations.listByKind(OrganisationKind.KINDEROPVANG).stream()
                .map(o -> Option.of(o.id, o.name)).toList();
        List<Option> areaOptions = areas.list().stream().map(a -> Option.of(a.id, a.name)).toList();
        List<Option> categories = Arrays.stream(IkcCategory.values())
                .map(c -> Option.of(c.name(), c.label())).toList();
        return Templates.ikcFormulier(id, form, errors, boards, areaOptions, childcare, categories, current, conflict)
                .data("nav", "ikcs");
    }

    private static IkcInvoer toForm(Ikc ikc) {
        IkcInvoer form = new IkcInvoer();
        form.naam = ikc.name;
        form.organisatieId = String.valueOf(ikc.schoolBoard.id);
        form.aandachtsgebiedId = ikc.priorityArea == null ? null : String.valueOf(ikc.priorityArea.id);
        form.categorie = ikc.category.name();
        form.speciaalOnderwijs = ikc.specialEducation;
        form.wijk = ikc.neighbourhood;
        form.kinderopvangIds = ikc.childcarePartners.stream().map(p -> String.valueOf(p.id)).toList();
        form.versie = ikc.version;
        return form;
    }
}
