package nl.ikcregie.decision;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.ikcregie.shared.Page;
import nl.ikcregie.shared.Roles;
import org.jboss.resteasy.reactive.RestQuery;

/** Every deadline that needs attention, a page at a time and by kind: the start page shows only the most urgent. */
@Path("/termijnen")
@Produces(MediaType.TEXT_HTML)
public class DeadlinePages {

    /** Deadlines on one page. */
    static final int PAGE_SIZE = 50;

    @CheckedTemplate(basePath = "decision")
    static class Templates {
        static native TemplateInstance termijnen(Deadline.Summary summary, Page<Deadline> deadlines, Deadline.Kind kind,
                LocalDate today);
    }

    @Inject
    DeadlineService deadlines;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed(Roles.PROJECTLEIDER)
    public TemplateInstance list(@RestQuery String soort, @RestQuery String pagina) {
        LocalDate today = LocalDate.now(clock);
        List<Deadline> attention = deadlines.needingAttention();
        Deadline.Kind kind = kind(soort);
        List<Deadline> shown = kind == null ? attention : attention.stream().filter(d -> d.kind() == kind).toList();
        Page<Deadline> page = Page.of(shown, pagina, PAGE_SIZE);
        return Templates.termijnen(Deadline.summarise(attention, today, 0), page, kind, today).data("nav", "start");
    }

    /** The kind asked for; anything unknown means every kind (a hand-edited link still shows a list). */
    private static Deadline.Kind kind(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Deadline.Kind.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
