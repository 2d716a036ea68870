package nl.ikcregie.account;

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
import java.util.List;
import java.util.Map;
import nl.ikcregie.organisation.OrganisationService;
import nl.ikcregie.shared.AuditEvent;
import nl.ikcregie.shared.Roles;
import nl.ikcregie.shared.web.FormBinding;
import nl.ikcregie.shared.web.FormErrors;
import nl.ikcregie.shared.web.FormSubmission;
import nl.ikcregie.shared.web.Option;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The beheerder's account pages: list, detail with history, create and change. */
@Path("/beheer/accounts")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.BEHEERDER)
public class AccountAdminPages {

    @CheckedTemplate(basePath = "account")
    static class Templates {
        static native TemplateInstance accounts(List<User> accounts);

        static native TemplateInstance account(User account, String organisation, List<AuditEvent> history,
                String melding);

        static native TemplateInstance accountFormulier(Long id, AccountInvoer form, Map<String, String> errors,
                List<Option> roles, List<Option> organisations, String conflict);
    }

    @Inject
    AccountService service;

    @Inject
    OrganisationService organisations;

    @Inject
    FormBinding binding;

    @GET
    public TemplateInstance list() {
        return Templates.accounts(service.list()).data("nav", "accounts");
    }

    @GET
    @Path("/{id}")
    public TemplateInstance show(@RestPath long id, @RestQuery String melding) {
        User account = service.get(id);
        return Templates.account(account, service.organisationName(account.organisationId), service.history(id), melding)
                .data("nav", "accounts");
    }

    @GET
    @Path("/nieuw")
    public TemplateInstance createForm() {
        return form(null, new AccountInvoer(), FormErrors.none(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> fields) {
        AccountInvoer form = binding.bind(fields, AccountInvoer.class);
        return FormSubmission.submit(() -> "/beheer/accounts/" + service.createAccount(form).id + "?melding=aangemaakt",
                errors -> form(null, withoutPassword(form), errors, null));
    }

    @GET
    @Path("/{id}/bewerken")
    public TemplateInstance editForm(@RestPath long id) {
        User account = service.get(id);
        AccountInvoer form = new AccountInvoer();
        form.gebruikersnaam = account.username;
        form.naam = account.displayName;
        form.email = account.email;
        form.rol = account.role;
        form.organisatieId = account.organisationId == null ? null : String.valueOf(account.organisationId);
        form.actief = account.active;
        form.versie = account.version;
        return form(id, form, FormErrors.none(), null);
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@RestPath long id, MultivaluedMap<String, String> fields) {
        AccountInvoer form = binding.bind(fields, AccountInvoer.class);
        form.gebruikersnaam = service.get(id).username;
        return FormSubmission.submit(() -> "/beheer/accounts/" + service.updateAccount(id, form).id + "?melding=opgeslagen",
                errors -> form(id, withoutPassword(form), errors, null),
                conflict -> {
                    form.versie = service.get(id).version;
                    return form(id, withoutPassword(form), FormErrors.none(), conflict.getMessage());
                });
    }

    /** A typed password is never sent back to the browser. */
    private static AccountInvoer withoutPassword(AccountInvoer form) {
        form.wachtwoord = null;
        return form;
    }

    private TemplateInstance form(Long id, AccountInvoer form, Map<String, String> errors, String conflict) {
        List<Option> roles = Roles.ALL.stream().map(r -> Option.of(r, Roles.label(r))).toList();
        List<Option> orgs = organisations.listVisible().stream().map(o -> Option.of(o.id, o.name)).toList();
        return Templates.accountFormulier(id, form, errors, roles, orgs, conflict).data("nav", "accounts");
    }
}
