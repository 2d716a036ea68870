package nl.ikcregie.shared.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.ikcregie.shared.NotFoundException;
import nl.ikcregie.shared.Roles;
import org.jboss.resteasy.reactive.RestPath;

/**
 * The benchmark's yardstick: one primary-key SELECT rendered through a trivial Qute template, so each
 * measured page can be read as a multiple of what Quarkus and MariaDB on that machine can do at all.
 * For the beheerder only; it shows nothing a beheerder cannot see elsewhere (an organisation's name).
 */
@Path("/beheer/meetpunt")
@Produces(MediaType.TEXT_HTML)
public class BaselinePage {

    @Inject
    EntityManager entityManager;

    @Inject
    @Location("shared/meetpunt.html")
    Template page;

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.BEHEERDER)
    public TemplateInstance show(@RestPath long id) {
        List<String> names = entityManager.createQuery("select o.name from Organisation o where o.id = ?1", String.class)
                .setParameter(1, id).getResultList();
        if (names.isEmpty()) {
            throw new NotFoundException("Organisatie");
        }
        return page.data("id", id).data("name", names.get(0));
    }
}
