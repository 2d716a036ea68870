package nl.ikcregie.shared.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.logging.Log;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.ikcregie.shared.ConflictException;
import nl.ikcregie.shared.ForbiddenException;
import nl.ikcregie.shared.InvalidInputException;
import nl.ikcregie.shared.NotFoundException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an answer fit for its reader: problem+json under {@code /api},
 * a Dutch error page elsewhere. Never a stack trace or an exception class name.
 */
public class ExceptionMappers {

    /** Seconds a client waits before trying again while the database is away. */
    static final int RETRY_AFTER_SECONDS = 30;

    @Inject
    @Location("shared/error.html")
    Template errorPage;

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e, UriInfo uri) {
        List<Problem.InvalidParam> params = e.errors().stream()
                .map(f -> new Problem.InvalidParam(f.name(), f.reason())).toList();
        String detail = e.errors().stream().map(f -> f.name() + ": " + f.reason()).collect(Collectors.joining(" "));
        return answer(uri, 400, "Ongeldige invoer", detail, params);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException m && !m.getPath().isEmpty()
                ? m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                        .collect(Collectors.joining(".")).replace(".[", "[")
                : "body";
        String reason = !field.equals("body") ? "Deze waarde heeft niet het verwachte type."
                : e instanceof MismatchedInputException ? "Stuur een JSON-object met de velden van deze bewerking."
                        : "De inhoud is geen geldige JSON.";
        return answer(uri, 400, "Ongeldige invoer", field + ": " + reason,
                List.of(new Problem.InvalidParam(field, reason)));
    }

    /**
     * A value of the wrong JSON type (an object for a text, a word for a number, an array for a body).
     * Named here because Quarkus REST has its own mapper for exactly this type, answering an empty 400.
     */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return answer(uri, 404, "Niet gevonden", e.getMessage(), null);
    }

    @ServerExceptionMapper({ ForbiddenException.class, io.quarkus.security.ForbiddenException.class })
    public Response forbidden(RuntimeException e, UriInfo uri) {
        String detail = e instanceof ForbiddenException ? e.getMessage() : "U heeft geen toegang tot deze functie.";
        return answer(uri, 403, "Geen toegang", detail, null);
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e, UriInfo uri) {
        return answer(uri, 409, "Conflict", e.getMessage(), null);
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response staleVersion(RuntimeException e, UriInfo uri) {
        return answer(uri, 409, "Conflict",
                "Iemand anders heeft dit intussen gewijzigd. Haal de huidige gegevens op en probeer het opnieuw.", null);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            // Quarkus REST wraps unreadable JSON bodies in a 400
            return json(json, uri);
        }
        if (status < 400) {
            return e.getResponse();
        }
        return answer(uri, status, titleFor(status), detailFor(status), null);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (databaseUnavailable(e)) {
            // a passing condition, not a bug: no stack trace, and the client may simply try again
            Log.warnf("Database unavailable on %s: %s", uri.getPath(), rootMessage(e));
            // signing in needs the accounts in the database, so the page cannot say who is signed in
            return Response.fromResponse(answer(uri, 503, "Tijdelijk niet beschikbaar",
                    "IKC Regie kan de gegevens op dit moment niet bereiken. Probeer het over een paar minuten opnieuw.",
                    null, false)).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            // a stale version found while committing arrives wrapped in transaction exceptions
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return staleVersion((RuntimeException) cause, uri);
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException) {
                // two people saved the same unique thing at the same moment; the service check saw neither
                return answer(uri, 409, "Conflict",
                        "Dit gegeven is zojuist door iemand anders op dezelfde manier vastgelegd. Ververs de pagina en kijk of het al bestaat.",
                        null);
            }
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        Log.errorf(e, "Unexpected failure %s on %s", reference, uri.getPath());
        return answer(uri, 500, "Er ging iets mis",
                "Er ging aan onze kant iets mis. Probeer het later opnieuw; noem bij contact met de beheerder kenmerk "
                        + reference + ".",
                null);
    }

    /**
     * The database cannot be reached now: it is down or restarting, the network to it failed, or no
     * pooled connection came free in time. Recognised anywhere in the cause chain, as Hibernate,
     * Agroal and the transaction manager each wrap the driver's exception in their own.
     */
    static boolean databaseUnavailable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && (sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    // Agroal's pool gives a plain SQLException when no connection came in the acquisition timeout
                    || sql.getMessage() != null && sql.getMessage().contains("acquisition timeout"))) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    private Response answer(UriInfo uri, int status, String title, String detail, List<Problem.InvalidParam> params) {
        return answer(uri, status, title, detail, params, true);
    }

    /** {@code identityKnown} false: the page does not ask who is signed in (that may need the database). */
    private Response answer(UriInfo uri, int status, String title, String detail, List<Problem.InvalidParam> params,
            boolean identityKnown) {
        String path = uri.getPath();
        if (path.startsWith("/api/")) {
            Problem problem = new Problem("about:blank", title, status, detail, path, params);
            return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
        }
        String html = errorPage.data("errorPage", true).data("withoutIdentity", !identityKnown).data("status", status)
                .data("title", title).data("detail", detail).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    private static String titleFor(int status) {
        return switch (status) {
            case 400 -> "Ongeldig verzoek";
            case 403 -> "Geen toegang";
            case 404 -> "Niet gevonden";
            case 405 -> "Methode niet toegestaan";
            case 406 -> "Formaat niet beschikbaar";
            case 409 -> "Conflict";
            case 415 -> "Formaat niet ondersteund";
            default -> "Fout";
        };
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 400 -> "Het verzoek kon niet worden gelezen.";
            case 403 -> "U heeft geen toegang tot deze functie.";
            case 404 -> "Deze pagina of dit gegeven bestaat niet, of u mag het niet zien.";
            case 405 -> "Deze bewerking is hier niet toegestaan.";
            case 406 -> "Het gevraagde formaat is hier niet beschikbaar.";
            case 415 -> "Stuur de gegevens als application/json.";
            default -> "Het verzoek kon niet worden verwerkt.";
        };
    }
}
