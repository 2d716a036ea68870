package nl.ikcregie.decision;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.ikcregie.round.RoundService;
import nl.ikcregie.round.SubsidyRound;
import nl.ikcregie.shared.Roles;
import org.jboss.resteasy.reactive.RestPath;

/** The advice to the college as a readable page. */
@Path("/rondes/{rondeId}/advies")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.PROJECTLEIDER, Roles.BESTUURDER })
public class AdvicePages {

    @CheckedTemplate(basePath = "decision")
    static class Templates {
        static native TemplateInstance advies(SubsidyRound round, Advies advice);
    }

    @Inject
    AdviceService service;

    @Inject
    RoundService rounds;

    @GET
    public TemplateInstance show(@RestPath long rondeId) {
        return Templates.advies(rounds.getVisible(rondeId), service.advice(rondeId)).data("nav", "rondes");
    }
}
