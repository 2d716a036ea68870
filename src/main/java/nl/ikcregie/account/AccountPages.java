package nl.ikcregie.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import nl.ikcregie.shared.InvalidInputException;
import nl.ikcregie.shared.web.FormErrors;
import nl.ikcregie.shared.web.Redirects;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/** Everyone signed in changes their own password here. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AccountPages {

    @CheckedTemplate(basePath = "account")
    static class Templates {
        static native TemplateInstance wachtwoord(Map<String, String> errors, boolean saved);

    }

    @Inject
    AccountService service;

    @GET
    @Path("/account/wachtwoord")
    @Authenticated
    public TemplateInstance passwordForm(@RestQuery String melding) {
        return Templates.wachtwoord(FormErrors.none(), melding != null);
    }

    @POST
    @Path("/account/wachtwoord")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Authenticated
    public Object changePassword(@RestForm String huidigWachtwoord, @RestForm String nieuwWachtwoord,
            @RestForm String herhaling, @CookieParam(UserSessions.COOKIE) String sessionToken) {
        try {
            service.changeOwnPassword(huidigWachtwoord, nieuwWachtwoord, herhaling, sessionToken);
            return Redirects.seeOther("/account/wachtwoord?melding=opgeslagen");
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.wachtwoord(FormErrors.of(e), false)).build();
        }
    }
}
