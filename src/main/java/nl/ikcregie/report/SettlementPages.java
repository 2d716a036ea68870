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
import java.util.Map;
import nl.ikcregie.shared.Roles;
import nl.ikcregie.shared.web.FormBinding;
import nl.ikcregie.shared.web.FormErrors;
import nl.ikcregie.shared.web.FormSubmission;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The settlement of one yearly report: the recorded settlement with its letter, or, for the
 * projectleider, the form prefilled with the proposal (what was spent, at most the grant).
 */
@Path("/jaarrapportages/{rapportageId}/vaststelling")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.PROJECTLEIDER, Roles.BESTUURDER, Roles.BEHEERDER, Roles.AANVRAGER })
public class SettlementPages {

    @CheckedTemplate(basePath = "report")
    static class Templates {
        static native TemplateInstance vaststelling(AnnualReport report, Settlement settlement, String obstacle,
                SettlementCalculation proposal, boolean canSettle, VaststellingInvoer form, Map<String, String> errors,
                String melding);
    }

    @Inject
    SettlementService service;

    @Inject
    FormBinding binding;

    @GET
    public TemplateInstance show(@RestPath long rapportageId, @RestQuery String melding) {
        return page(rapportageId, null, FormErrors.none(), melding);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PROJECTLEIDER)
    public Response settle(@RestPath long rapportageId, MultivaluedMap<String, String> fields) {
        VaststellingInvoer form = binding.bind(fields, VaststellingInvoer.class);
        return FormSubmission.submit(() -> {
            service.settle(rapportageId, form);
            return "/jaarrapportages/" + rapportageId + "/vaststelling?melding=vastgesteld";
        }, errors -> page(rapportageId, form, errors, null),
                conflict -> page(rapportageId, form, Map.of("status", conflict.getMessage()), null));
    }

    private TemplateInstance page(long reportId, VaststellingInvoer form, Map<String, String> errors, String melding) {
        AnnualReport report = service.report(reportId);
        Settlement settlement = service.forReport(reportId).orElse(null);
        String obstacle = settlement != null ? null : service.obstacle(report).orElse(null);
        return Templates.vaststelling(report, settlement, obstacle, service.proposedCalculation(report).orElse(null),
                service.canSettle(), form != null ? form : service.proposal(report), errors, melding)
                .data("nav", "jaarrapportages");
    }
}
