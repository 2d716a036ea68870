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

/** The organisation pages: list, detail with its IKCs and history, and the form. */
@Path("/organisaties")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.BEHEERDER, Roles.PROJECTLEIDER, Roles.COMMISSIELID, Roles.AANVRAGER, Roles.BESTUURDER,
        Roles.ONTWIKKELGROEP })
public class OrganisationPages {

    @Inject
    FormBinding binding;

    @CheckedTemplate(basePath = "organisation")
    static class Templates {
        static native TemplateInstance organisaties(List<Organisation> organisations);

        static native TemplateInstance organisatie(Organisation organisation, List<Ikc> ikcs, List<AuditEvent> history,
                String melding);

        static native TemplateInstance organisatieFormulier(Long id, OrganisatieInvoer form,
                Map<String, String> errors, List<Option> kinds, Organisation current, String conflict);
    }

    @Inject
    OrganisationService service;

    @Inject
    IkcService ikcs;

    @GET
    public TemplateInstance list() {
        return Templates.organisaties(service.listVisible()).data("nav", "organisaties");
    }

    @GET
    @Path("/{id}")
    public TemplateInstance show(@RestPath long id, @RestQuery String melding) {
        Organisation organisation = service.getVisible(id);
        return Templates.organisatie(organisation, ikcs.listForOrganisation(id), service.history(id), melding)
                .data("nav", "organisaties");
    }

    @GET
    @Path("/nieuw")
    @RolesAllowed({ Roles.BEHEERDER, Roles.PROJECTLEIDER })
    public TemplateInstance createForm() {
        return form(null, new OrganisatieInvoer(), FormErrors.none(), null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.BEHEERDER, Roles.PROJECTLEIDER })
    public Response create(MultivaluedMap<String, String> fields) {
        OrganisatieInvoer form = binding.bind(fields, OrganisatieInvoer.class);
        return FormSubmission.submit(() -> "/organisaties/" + service.create(form).id + "?melding=aangemaakt",
                errors -> form(null, form, errors, null, null));
    }

    @GET
    @Path("/{id}/bewerken")
    @RolesAllowed({ Roles.BEHEERDER, Roles.PROJECTLEIDER })
    public TemplateInstance editForm(@RestPath long id) {
        Organisation organisation = service.getVisible(id);
        OrganisatieInvoer form = new OrganisatieInvoer();
        form.naam = organisation.name;
        form.soort = organisation.kind.name();
        form.kvkNummer = organisation.kvkNumber;
        form.rsin = organisation.rsin;
        form.versie = organisation.version;
        return form(id, form, FormErrors.none(), null, null);
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.BEHEERDER, Roles.PROJECTLEIDER })
    public Response update(@RestPath long id, MultivaluedMap<String, String> fields) {
        OrganisatieInvoer form = binding.bind(fields, OrganisatieInvoer.class);
        return FormSubmission.submit(() -> "/organisaties/" + service.update(id, form).id + "?melding=opgeslagen",
                errors -> form(id, form, errors, null, null),
                conflict -> {
                    Organisation current = service.getVisible(id);
                    form.versie = current.version;
                    return form(id, form, FormErrors.none(), current, conflict.getMessage());
                });
    }

    private TemplateInstance form(Long id, OrganisatieInvoer form, Map<String, String> errors, Organisation current,
            String conflict) {
        List<Option> kinds = Arrays.stream(OrganisationKind.values()).map(k -> Option.of(k.name(), k.label())).toList();
        return Templates.organisatieFormulier(id, form, errors, kinds, current, conflict).data("nav", "organisaties");
    }
}
