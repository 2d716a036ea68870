package nl.ikcregie.round;

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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.ikcregie.shared.AuditEvent;
import nl.ikcregie.shared.ClockProducer;
import nl.ikcregie.shared.Money;
import nl.ikcregie.shared.Roles;
import nl.ikcregie.shared.web.ActieInvoer;
import nl.ikcregie.shared.web.FormBinding;
import nl.ikcregie.shared.web.FormErrors;
import nl.ikcregie.shared.web.FormSubmission;
import nl.ikcregie.shared.web.Option;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The round pages: list, detail with actions and history, and the form for a concept round. */
@Path("/rondes")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.BEHEERDER, Roles.PROJECTLEIDER, Roles.COMMISSIELID, Roles.AANVRAGER, Roles.BESTUURDER,
        Roles.ONTWIKKELGROEP })
public class RoundPages {

    static final int CRITERIA_ROWS = 6;
    static final int RULE_ROWS = 3;

    @CheckedTemplate(basePath = "round")
    static class Templates {
        static native TemplateInstance rondes(List<SubsidyRound> rounds);

        static native TemplateInstance ronde(SubsidyRound round, List<AuditEvent> history, String melding,
                Map<String, String> errors, ActieInvoer correction, boolean acceptsNow);

        static native TemplateInstance rondeFormulier(Long id, RondeInvoer form, Map<String, String> errors,
                List<Option> ruleKinds, List<Option> maximumKinds, String conflict);
    }

    @Inject
    RoundService service;

    @Inject
    FormBinding binding;

    @Inject
    Clock clock;

    @GET
    public TemplateInstance list() {
        return Templates.rondes(service.listVisible()).data("nav", "rondes");
    }

    @GET
    @Path("/{id}")
    public TemplateInstance show(@RestPath long id, @RestQuery String melding) {
        return detail(id, melding, FormErrors.none(), new ActieInvoer());
    }

    private TemplateInstance detail(long id, String melding, Map<String, String> errors, ActieInvoer correction) {
        SubsidyRound round = service.getVisible(id);
        return Templates.ronde(round, service.history(id), melding, errors, correction,
                round.acceptsApplicationsAt(clock.instant())).data("nav", "rondes");
    }

    @GET
    @Path("/nieuw")
    @RolesAllowed(Roles.PROJECTLEIDER)
    public TemplateInstance createForm() {
        RondeInvoer form = new RondeInvoer();
        form.maximumSoort = MaximumKind.VAST.name();
        form.maximumPerIkc = Money.plain(RoundService.DEFAULT_MAXIMUM);
        form.beslistermijnWeken = "8";
        return form(null, form, FormErrors.none(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PROJECTLEIDER)
    public Response create(MultivaluedMap<String, String> fields) {
        RondeInvoer form = binding.bind(fields, RondeInvoer.class);
        return FormSubmission.submit(() -> "/rondes/" + service.create(form).id + "?melding=aangemaakt",
                errors -> form(null, form, errors, null));
    }

    @GET
    @Path("/{id}/bewerken")
    @RolesAllowed(Roles.PROJECTLEIDER)
    public TemplateInstance editForm(@RestPath long id) {
        return form(id, toForm(service.getVisible(id)), FormErrors.none(), null);
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PROJECTLEIDER)
    public Response update(@RestPath long id, MultivaluedMap<String, String> fields) {
        RondeInvoer form = binding.bind(fields, RondeInvoer.class);
        return FormSubmission.submit(() -> "/rondes/" + service.update(id, form).id + "?melding=opgeslagen",
                errors -> form(id, form, errors, null),
                conflict -> {
                    form.versie = service.getVisible(id).version;
                    return form(id, form, FormErrors.none(), conflict.getMessage());
                });
    }

    @POST
    @Path("/{id}/openen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PROJECTLEIDER)
    public Response open(@RestPath long id, MultivaluedMap<String, String> fields) {
        return act(id, fields, a -> "/rondes/" + service.open(id, a.versie).id + "?melding=geopend");
    }

    @POST
    @Path("/{id}/sluiten")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PROJECTLEIDER)
    public Response close(@RestPath long id, MultivaluedMap<String, String> fields) {
        return act(id, fields, a -> "/rondes/" + service.close(id, a.versie, a.reden).id + "?melding=gesloten");
    }

    @POST
    @Path("/{id}/plafondcorrectie")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.PROJECTLEIDER, Roles.BESTUURDER })
    public Response correctCeiling(@RestPath long id, MultivaluedMap<String, String> fields) {
        return act(id, fields, a -> "/rondes/" + service.correctCeiling(id, a.subsidieplafond, a.reden, a.versie).id
                + "?melding=plafond");
    }

    /** An action on the round page: on success back to the page with a message, else the page with the error. */
    private Response act(long id, MultivaluedMap<String, String> fields, Function<ActieInvoer, String> action) {
        return FormSubmission.action(binding.bind(fields, ActieInvoer.class), action,
                (errors, input) -> detail(id, null, errors, input));
    }

    private TemplateInstance form(Long id, RondeInvoer form, Map<String, String> errors, String conflict) {
        while (form.criteria.size() < CRITERIA_ROWS) {
            form.criteria.add(new RondeInvoer.Criterium());
        }
        while (form.voorrangsregels.size() < RULE_ROWS) {
            form.voorrangsregels.add(new RondeInvoer.Voorrangsregel());
        }
        List<Option> kinds = Arrays.stream(PriorityRuleKind.values()).map(k -> Option.of(k.name(), k.label())).toList();
        List<Option> maximumKinds = List.of(Option.of(MaximumKind.VAST.name(), "Vast bedrag per IKC"),
                Option.of(MaximumKind.FORMULE.name(), "Basisbedrag plus een bedrag per kind"));
        return Templates.rondeFormulier(id, form, errors, kinds, maximumKinds, conflict).data("nav", "rondes");
    }

    static RondeInvoer toForm(SubsidyRound round) {
        RondeInvoer form = new RondeInvoer();
        form.jaar = String.valueOf(round.year);
        form.titel = round.title;
        form.subsidieplafond = Money.plain(round.budgetCeiling);
        form.maximumSoort = round.maximum.kind.name();
        form.maximumPerIkc = Money.plain(round.maximum.fixedAmount);
        form.maximumBasisbedrag = Money.plain(round.maximum.baseAmount);
        form.maximumPerKind = Money.plain(round.maximum.perChild);
        form.kindTeldatum = round.maximum.countDate == null ? null : round.maximum.countDate.toString();
        form.openingsmoment = local(round.opensAt);
        form.sluitingsmoment = local(round.closesAt);
        form.beslisdatum = round.decisionDate.toString();
        form.beslistermijnWeken = String.valueOf(round.decisionTermWeeks);
        for (AssessmentCriterion c : round.criteria) {
            RondeInvoer.Criterium row = new RondeInvoer.Criterium();
            row.naam = c.name;
            row.omschrijving = c.description;
            row.gewicht = c.weight.stripTrailingZeros().toPlainString().replace('.', ',');
            form.criteria.add(row);
        }
        for (PriorityRule r : round.priorityRules) {
            RondeInvoer.Voorrangsregel row = new RondeInvoer.Voorrangsregel();
            row.soort = r.kind.name();
            row.parameter = r.parameter;
            row.omschrijving = r.description;
            form.voorrangsregels.add(row);
        }
        form.versie = round.version;
        return form;
    }

    private static String local(java.time.Instant instant) {
        return instant.atZone(ClockProducer.AMSTERDAM).toLocalDateTime().truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
                .toString();
    }
}
