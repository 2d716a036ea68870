package nl.ikcregie.assessment;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.ikcregie.round.AssessmentCriterion;
import nl.ikcregie.shared.Money;
import nl.ikcregie.shared.Roles;
import nl.ikcregie.shared.web.FormBinding;
import nl.ikcregie.shared.web.FormErrors;
import nl.ikcregie.shared.web.FormSubmission;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The projectleider's view of one application's assessments: scores per member, spread, who is missing, and the consensus. */
@Path("/aanvragen/{aanvraagId}/beoordelingen")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.PROJECTLEIDER)
public class ConsensusPages {

    @CheckedTemplate(basePath = "assessment")
    static class Templates {
        static native TemplateInstance beoordelingen(Panel panel, List<AssessmentCriterion> criteria, ConsensusInvoer form,
                Map<String, String> errors, String melding, String conflict);
    }

    @Inject
    AssignmentService assignments;

    @Inject
    AssessmentService service;

    @Inject
    FormBinding binding;

    @GET
    public TemplateInstance show(@RestPath long aanvraagId, @RestQuery String melding) {
        Panel panel = assignments.panel(aanvraagId);
        return page(panel, toForm(panel.consensus()), FormErrors.none(), melding, null);
    }

    @POST
    @Path("/consensus")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(@RestPath long aanvraagId, MultivaluedMap<String, String> fields) {
        ConsensusInvoer form = binding.bind(fields, ConsensusInvoer.class);
        return FormSubmission.submit(() -> {
            service.recordConsensus(aanvraagId, form);
            return "/aanvragen/" + aanvraagId + "/beoordelingen?melding=consensus";
        }, errors -> page(assignments.panel(aanvraagId), form, errors, null, null),
                conflict -> {
                    // what was typed stays in the form; what is recorded now is shown beside it
                    Panel current = assignments.panel(aanvraagId);
                    form.versie = current.consensus() == null ? null : current.consensus().version;
                    return page(current, form, FormErrors.none(), null, conflict.getMessage());
                });
    }

    private TemplateInstance page(Panel panel, ConsensusInvoer form, Map<String, String> errors, String melding,
            String conflict) {
        while (form.inspanningsverplichtingen.size() < AssessmentPages.OBLIGATION_ROWS) {
            form.inspanningsverplichtingen.add(new BeoordelingInvoer.Verplichting());
        }
        return Templates.beoordelingen(panel, panel.application().round.criteria, form, errors, melding, conflict)
                .data("nav", "rondes");
    }

    /** The recorded consensus as the form shows it: numbers in Dutch notation. */
    static ConsensusInvoer toForm(Consensus consensus) {
        ConsensusInvoer form = new ConsensusInvoer();
        form.inspanningsverplichtingen = new ArrayList<>();
        if (consensus == null) {
            return form;
        }
        form.eindscore = consensus.finalScore.toPlainString().replace('.', ',');
        form.geadviseerdBedrag = Money.plain(consensus.recommendedAmount);
        form.motivering = consensus.motivation;
        for (ProposedObligation o : consensus.obligations) {
            BeoordelingInvoer.Verplichting row = new BeoordelingInvoer.Verplichting();
            row.omschrijving = o.description;
            row.deadline = o.dueOn.toString();
            form.inspanningsverplichtingen.add(row);
        }
        form.versie = consensus.version;
        return form;
    }
}
