package nl.ikcregie.shared.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.ikcregie.shared.ConflictException;
import nl.ikcregie.shared.InvalidInputException;

/**
 * Post/Redirect/Get for every form: success answers 303 to the path the action returns; invalid
 * input shows the form again (400) with its field errors; a stale version shows it with a
 * conflict message (409). What was typed stays in the form in both failure cases.
 */
public final class FormSubmission {

    private FormSubmission() {
    }

    /**
     * An action button (open, close, withdraw, ...): on success 303 to the path the action returns;
     * otherwise the page again, with field errors or, for a conflict, the message under "status".
     */
    public static Response action(ActieInvoer input, Function<ActieInvoer, String> action,
            BiFunction<Map<String, String>, ActieInvoer, TemplateInstance> page) {
        return submit(() -> action.apply(input), errors -> page.apply(errors, input),
                conflict -> page.apply(Map.of("status", conflict.getMessage()), input));
    }

    public static Response submit(Supplier<String> action, Function<Map<String, String>, TemplateInstance> invalid) {
        return submit(action, invalid, null);
    }

    public static Response submit(Supplier<String> action, Function<Map<String, String>, TemplateInstance> invalid,
            Function<ConflictException, TemplateInstance> conflict) {
        try {
            return Redirects.seeOther(action.get());
        } catch (InvalidInputException e) {
            return Response.status(400).entity(invalid.apply(FormErrors.of(e))).build();
        } catch (ConflictException e) {
            if (conflict == null) {
                throw e;
            }
            return Response.status(409).entity(conflict.apply(e)).build();
        }
    }
}
