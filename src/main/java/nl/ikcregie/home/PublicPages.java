package nl.ikcregie.home;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import nl.ikcregie.account.AccountService;
import nl.ikcregie.account.UserSessions;
import nl.ikcregie.shared.Caller;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestQuery;

/** The only pages an anonymous visitor may see: sign-in, sign-out and the accessibility statement. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class PublicPages {

    @CheckedTemplate(basePath = "home")
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean loggedOut);

        static native TemplateInstance toegankelijkheid();

        static native TemplateInstance geenRol();
    }

    @Inject
    Caller caller;

    @Inject
    AccountService accounts;

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name")
    String sessionCookie;

    @GET
    @Path("/login")
    public Object login(@RestQuery String fout, @RestQuery String afgemeld) {
        if (!caller.isAnonymous()) {
            return Response.seeOther(URI.create("/")).build();
        }
        return Templates.login(fout != null, afgemeld != null);
    }

    @POST
    @Path("/uitloggen")
    public Response logout(@CookieParam(UserSessions.COOKIE) String sessionToken) {
        accounts.signOut(sessionToken);
        return Response.seeOther(URI.create("/login?afgemeld=true"))
                .cookie(expired(sessionCookie), expired(UserSessions.COOKIE)).build();
    }

    private static NewCookie expired(String name) {
        return new NewCookie.Builder(name).path("/").maxAge(0).value("").httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }

    /** Signed in, but no account binds the person to a role (for example a new OIDC user). */
    @GET
    @Path("/geen-rol")
    public TemplateInstance noRole() {
        return Templates.geenRol();
    }

    @GET
    @Path("/toegankelijkheid")
    public TemplateInstance statement() {
        return Templates.toegankelijkheid();
    }
}
