package nl.ikcregie.agreement;

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
import java.util.Optional;
import nl.ikcregie.organisation.Organisation;
import nl.ikcregie.shared.AuditEvent;
import nl.ikcregie.shared.InvalidInputException;
import nl.ikcregie.shared.Roles;
import nl.ikcregie.shared.web.ActiveForm;
import nl.ikcregie.shared.web.FormBinding;
import nl.ikcregie.shared.web.FormErrors;
import nl.ikcregie.shared.web.FormSubmission;
import nl.ikcregie.shared.web.Option;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The result agreement pages: the list, drafting one, the agreement with its versions, consents,
 * totals and evaluations, the edit form of the concept version, the difference between two
 * versions, and per organisation what it committed.
 */
@Path("/resultaatafspraken")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.BEHEERDER, Roles.PROJECTLEIDER, Roles.AANVRAGER, Roles.BESTUURDER, Roles.ONTWIKKELGROEP })
public class AgreementPages {

    /** One party's row on the agreement page: its organisation, consent, and whether the caller may consent now. */
    public record ConsentRow(Party party, Organisation organisation, Optional<AgreementVersion.Consent> consent,
            boolean callerMayConsent) {
    }

    @CheckedTemplate(basePath = "agreement")
    static class Templates {
        static native TemplateInstance afspraken(List<ResultAgreement> agreements, List<Organisation> organisations);

        static native TemplateInstance nieuw(AfspraakInvoer form, Map<String, String> errors, List<Option> ikcs,
                List<Option> childcare, String conflict);

        static native TemplateInstance afspraak(ResultAgreement agreement, AgreementVersion shown, AgreementContent content,
                ContributionTotals totals, List<ConsentRow> consents, boolean isProjectleider, String melding,
                ActiveForm forms, AfspraakActie action, List<AuditEvent> history, List<Option> versionOptions,
                String diffFrom, String diffTo, int nextNumber);

        static native TemplateInstance bewerken(ResultAgreement agreement, AgreementVersion concept, AgreementForm form,
                Map<String, String> errors, String conflict, String melding, List<Option> parties,
                List<Option> sources, List<Option> roles, List<Option> years);

        static native TemplateInstance verschillen(ResultAgreement agreement, VersionDiff diff, List<Option> versionOptions,
                String van, String naar, Map<String, String> errors);

        static native TemplateInstance toezeggingen(Commitments commitments, List<Option> organisations,
                Map<String, String> errors);
    }

    @Inject
    AgreementService service;

    @Inject
    FormBinding binding;

    @GET
    public TemplateInstance list() {
        return Templates.afspraken(service.listVisible(), service.organisationsWithCommitments())
                .data("nav", "resultaatafspraken");
    }

    @GET
    @Path("/nieuw")
    @RolesAllowed(Roles.PROJECTLEIDER)
    public TemplateInstance createForm(@RestQuery String ikcId) {
        AfspraakInvoer form = new AfspraakInvoer();
        form.ikcId = ikcId;
        return newForm(form, FormErrors.none(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PROJECTLEIDER)
    public Response create(MultivaluedMap<String, String> fields) {
        AfspraakInvoer form = binding.bind(fields, AfspraakInvoer.class);
        return FormSubmission.submit(() -> "/resultaatafspraken/" + service.draft(form).id + "/bewerken?melding=aangemaakt",
                errors -> newForm(form, errors, null), conflict -> newForm(form, FormErrors.none(), conflict.getMessage()));
    }

    @GET
    @Path("/toezeggingen")
    public TemplateInstance commitments(@RestQuery Long organisatieId) {
        List<Organisation> visible = service.organisationsWithCommitments();
        long id = organisatieId != null ? organisatieId
                : visible.stream().filter(o -> o.kind == nl.ikcregie.organisation.OrganisationKind.GEMEENTE)
                        .findFirst().or(() -> visible.stream().findFirst()).map(o -> o.id)
                        .orElseThrow(() -> new nl.ikcregie.shared.NotFoundException("Organisatie"));
        return Templates.toezeggingen(service.commitments(id),
                visible.stream().map(o -> Option.of(o.id, o.name)).toList(), FormErrors.none()).data("nav", "resultaatafspraken");
    }

    @GET
    @Path("/{id}")
    public TemplateInstance show(@RestPath long id, @RestQuery Integer versie, @RestQuery String melding) {
        return page(id, versie, melding, new ActiveForm("", FormErrors.none()), new AfspraakActie());
    }

    @POST
    @Path("/{id}/instemming")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.PROJECTLEIDER, Roles.AANVRAGER })
    public Response consent(@RestPath long id, MultivaluedMap<String, String> fields) {
        AfspraakActie action = binding.bind(fields, AfspraakActie.class);
        return act(id, "instemming", action, () -> {
            AgreementService.Consented done = service.consent(id, action);
            return "/resultaatafspraken/" + id + "?melding=" + (done.agreed() ? "akkoord" : "ingestemd");
        });
    }

    @POST
    @Path("/{id}/wijziging")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PROJECTLEIDER)
    public Response amend(@RestPath long id, MultivaluedMap<String, String> fields) {
        AfspraakActie action = binding.bind(fields, AfspraakActie.class);
        return act(id, "wijziging", action, () -> {
            service.amend(id, action);
            return "/resultaatafspraken/" + id + "/bewerken?melding=wijziging";
        });
    }

    @POST
    @Path("/{id}/evaluatie")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PROJECTLEIDER)
    public Response evaluate(@RestPath long id, MultivaluedMap<String, String> fields) {
        AfspraakActie action = binding.bind(fields, AfspraakActie.class);
        return act(id, "evaluatie", action, () -> {
            AgreementEvaluation evaluation = service.evaluate(id, action);
            return "/resultaatafspraken/" + id + "?melding=" + (evaluation.leadsToAmendment ? "evaluatie-wijziging"
                    : "evaluatie");
        });
    }

    @GET
    @Path("/{id}/bewerken")
    @RolesAllowed(Roles.PROJECTLEIDER)
    public Response editForm(@RestPath long id, @RestQuery String melding) {
        ResultAgreement agreement = service.getVisible(id);
        AgreementVersion concept = agreement.current();
        if (!concept.isConcept()) {
            return nl.ikcregie.shared.web.Redirects.seeOther("/resultaatafspraken/" + id + "?melding=akkoord-vast");
        }
        return Response.ok(edit(agreement, AgreementForm.toInput(concept), FormErrors.none(), null, melding)).build();
    }

    @POST
    @Path("/{id}/bewerken")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PROJECTLEIDER)
    public Response update(@RestPath long id, MultivaluedMap<String, String> fields) {
        InhoudInvoer form = binding.bind(fields, InhoudInvoer.class);
        boolean keepEditing = fields.containsKey("verder");
        return FormSubmission.submit(() -> {
            AgreementService.Edited edited = service.updateConcept(id, form);
            String melding = edited.consentsLapsed() ? "instemmingen-vervallen" : "opgeslagen";
            return keepEditing ? "/resultaatafspraken/" + id + "/bewerken?melding=" + melding
                    : "/resultaatafspraken/" + id + "?melding=" + melding;
        }, errors -> edit(service.getVisible(id), form, errors, null, null), conflict -> {
            ResultAgreement agreement = service.getVisible(id);
            form.versie = String.valueOf(agreement.current().number);
            form.revisie = String.valueOf(agreement.current().revision);
            return edit(agreement, form, FormErrors.none(), conflict.getMessage(), null);
        });
    }

    @GET
    @Path("/{id}/verschillen")
    public Response diff(@RestPath long id, @RestQuery Integer van, @RestQuery Integer naar) {
        ResultAgreement agreement = service.getVisible(id);
        int to = naar != null ? naar : agreement.current().number;
        int from = van != null ? van : Math.max(1, to - 1);
        try {
            return Response.ok(Templates.verschillen(agreement, service.diff(id, from, to), versionOptions(agreement),
                    String.valueOf(from), String.valueOf(to), FormErrors.none()).data("nav", "resultaatafspraken"))
                    .build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.verschillen(agreement, null, versionOptions(agreement),
                    String.valueOf(from), String.valueOf(to), FormErrors.of(e)).data("nav", "resultaatafspraken"))
                    .build();
        }
    }

    private Response act(long id, String form, AfspraakActie action, java.util.function.Supplier<String> work) {
        return FormSubmission.submit(work, errors -> page(id, null, null, new ActiveForm(form, errors), action),
                conflict -> page(id, null, null, new ActiveForm(form, Map.of("status", conflict.getMessage())), action));
    }

    private TemplateInstance page(long id, Integer number, String melding, ActiveForm forms, AfspraakActie action) {
        ResultAgreement agreement = service.getVisible(id);
        AgreementVersion shown = number == null ? agreement.current()
                : agreement.version(number).orElseThrow(() -> new nl.ikcregie.shared.NotFoundException("Versie " + number));
        Optional<Party> callers = service.callersParty(agreement);
        List<ConsentRow> consents = Arrays.stream(Party.values()).map(p -> new ConsentRow(p, agreement.organisationOf(p),
                shown.consentOf(p), shown.isConcept() && shown == agreement.current() && callers.equals(Optional.of(p))
                        && shown.consentOf(p).isEmpty())).toList();
        AgreementContent content = shown.content();
        return Templates.afspraak(agreement, shown, content,
                ContributionTotals.of(content.contributions(), agreement.firstYear, agreement.lastYear), consents,
                callers.equals(Optional.of(Party.GEMEENTE)), melding, forms, action, service.history(id),
                versionOptions(agreement), String.valueOf(Math.max(1, agreement.versions.size() - 1)),
                String.valueOf(agreement.versions.size()), agreement.versions.size() + 1)
                .data("nav", "resultaatafspraken");
    }

    private TemplateInstance newForm(AfspraakInvoer form, Map<String, String> errors, String conflict) {
        List<Option> ikcs = service.plusIkcsWithoutAgreement().stream().map(i -> Option.of(i.id, i.name + " ("
                + i.schoolBoard.name + "; kinderopvang: " + i.childcarePartners.stream().map(p -> p.name)
                        .collect(java.util.stream.Collectors.joining(", ")) + ")")).toList();
        List<Option> childcare = service.childcareOrganisations().stream().map(o -> Option.of(o.id, o.name)).toList();
        return Templates.nieuw(form, errors, ikcs, childcare, conflict).data("nav", "resultaatafspraken");
    }

    private TemplateInstance edit(ResultAgreement agreement, InhoudInvoer input, Map<String, String> errors,
            String conflict, String melding) {
        AgreementForm form = AgreementForm.of(input, agreement.firstYear, agreement.lastYear);
        return Templates.bewerken(agreement, agreement.current(), form, errors, conflict, melding,
                Arrays.stream(Party.values()).map(p -> Option.of(p.name(), p.label())).toList(),
                Arrays.stream(FundingSource.values()).map(s -> Option.of(s.name(), s.label())).toList(),
                Arrays.stream(StaffRole.values()).map(r -> Option.of(r.name(), r.label())).toList(),
                form.years().stream().map(y -> Option.of(y, String.valueOf(y))).toList())
                .data("nav", "resultaatafspraken");
    }

    private static List<Option> versionOptions(ResultAgreement agreement) {
        return agreement.versions.stream().map(v -> Option.of(v.number, "Versie " + v.number + " ("
                + v.status.label().toLowerCase() + ")")).toList();
    }
}
