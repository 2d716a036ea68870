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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.ikcregie.shared.AuditEvent;
import nl.ikcregie.shared.Roles;
import nl.ikcregie.shared.web.FormBinding;
import nl.ikcregie.shared.web.FormErrors;
import nl.ikcregie.shared.web.FormSubmission;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The aandachtsgebieden pages: list with validity, detail with history, and the form. */
@Path("/aandachtsgebieden")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.BEHEERDER, Roles.PROJECTLEIDER, Roles.COMMISSIELID, Roles.AANVRAGER, Roles.BESTUURDER,
        Roles.ONTWIKKELGROEP })
public class PriorityAreaPages {

    @Inject
    FormBinding binding;

    @CheckedTemplate(basePath = "organisation")
    static class Templates {
        static native TemplateInstance aandachtsgebieden(List<PriorityArea> areas, LocalDate today);

        static native TemplateInstance aandachtsgebied(PriorityArea area, LocalDate today, List<AuditEvent> history,
                String melding);

        static native TemplateInstance aandachtsgebiedFormulier(Long id, AandachtsgebiedInvoer form,
                Map<String, String> errors, PriorityArea current, String conflict);
    }

    @Inject
    PriorityAreaService service;

    @Inject
    Clock clock;

    @GET
    public TemplateInstance list() {
        return Templates.aandachtsgebieden(service.list(), LocalDate.now(clock)).data("nav", "aandachtsgebieden");
    }

    @GET
    @Path("/{id}")
    public TemplateInstance show(@RestPath long id, @RestQuery String melding) {
        return Templates.aandachtsgebied(service.get(id), LocalDate.now(clock), service.history(id), melding)
                .data("nav", "aandachtsgebieden");
    }

    @GET
    @Path("/nieuw")
    @RolesAllowed({ Roles.BEHEERDER, Roles.PROJECTLEIDER })
    public TemplateInstance createForm() {
        return form(null, new AandachtsgebiedInvoer(), FormErrors.none(), null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.BEHEERDER, Roles.PROJECTLEIDER })
    public Response create(MultivaluedMap<String, String> fields) {
        AandachtsgebiedInvoer form = binding.bind(fields, AandachtsgebiedInvoer.class);
        return FormSubmission.submit(() -> "/aandachtsgebieden/" + service.create(form).id + "?melding=aangemaakt",
                errors -> form(null, form, errors, null, null));
    }

    @GET
    @Path("/{id}/bewerken")
    @RolesAllowed({ Roles.BEHEERDER, Roles.PROJECTLEIDER })
    public TemplateInstance editForm(@RestPath long id) {
        PriorityArea area = service.get(id);
        AandachtsgebiedInvoer form = new AandachtsgebiedInvoer();
        form.naam = area.name;
        form.omschrijving = area.description;
        form.geldigVanaf = area.validFrom.toString();
        form.geldigTot = area.validUntil.toString();
        form.versie = area.version;
        return form(id, form, FormErrors.none(), null, null);
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.BEHEERDER, Roles.PROJECTLEIDER })
    public Response update(@RestPath long id, MultivaluedMap<String, String> fields) {
        AandachtsgebiedInvoer form = binding.bind(fields, AandachtsgebiedInvoer.class);
        return FormSubmission.submit(() -> "/aandachtsgebieden/" + service.update(id, form).id + "?melding=opgeslagen",
                errors -> form(id, form, errors, null, null),
                conflict -> {
                    PriorityArea current = service.get(id);
                    form.versie = current.version;
                    return form(id, form, FormErrors.none(), current, conflict.getMessage());
                });
    }

    private TemplateInstance form(Long id, AandachtsgebiedInvoer form, Map<String, String> errors,
            PriorityArea current, String conflict) {
        return Templates.aandachtsgebiedFormulier(id, form, errors, current, conflict).data("nav", "aandachtsgebieden");
    }
}
