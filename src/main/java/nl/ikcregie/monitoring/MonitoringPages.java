package nl.ikcregie.monitoring;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.TreeSet;
import nl.ikcregie.shared.Roles;
import nl.ikcregie.shared.web.Redirects;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The monitoring report as a page: charts, each with its numbers in a table beside it. */
@Path("/monitoring")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.ONTWIKKELGROEP, Roles.PROJECTLEIDER, Roles.BESTUURDER, Roles.BEHEERDER })
public class MonitoringPages {

    @CheckedTemplate(basePath = "monitoring")
    static class Templates {
        static native TemplateInstance rapport(MonitoringFigures f, MonitoringCharts charts, List<Integer> years);
    }

    @Inject
    MonitoringService service;

    @GET
    public Response latest() {
        return Redirects.seeOther("/monitoring/" + service.latestYear());
    }

    @GET
    @Path("/{jaar: \\d{1,6}}")
    public TemplateInstance report(@RestPath int jaar, @RestQuery Long ikc) {
        MonitoringFigures figures = service.figures(jaar);
        return Templates.rapport(figures, MonitoringCharts.of(figures, ikc), years(figures)).data("nav", "monitoring");
    }

    /** The years to switch to: those with grants, and the years either side of this one. */
    static List<Integer> years(MonitoringFigures figures) {
        TreeSet<Integer> years = new TreeSet<>();
        figures.bedragenPerJaar().forEach(y -> years.add(y.jaar()));
        years.add(figures.jaar());
        if (figures.jaar() > MonitoringService.FIRST_YEAR) {
            years.add(figures.jaar() - 1);
        }
        if (figures.jaar() < MonitoringService.LAST_YEAR) {
            years.add(figures.jaar() + 1);
        }
        return List.copyOf(years.descendingSet());
    }
}
