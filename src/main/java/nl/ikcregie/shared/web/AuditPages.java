package nl.ikcregie.shared.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ikcregie.shared.AuditEvent;
import nl.ikcregie.shared.Caller;
import nl.ikcregie.shared.DeniedAccess;
import nl.ikcregie.shared.InputRules;
import nl.ikcregie.shared.InvalidInputException;
import nl.ikcregie.shared.Page;
import nl.ikcregie.shared.Roles;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The audit trail, read-only: per object (an application, a report, ...) everything recorded about it,
 * including refused requests, newest first. The projectleider sees the programme's objects; the
 * beheerder also accounts (their sign-ins, failed and refused ones) and refusals that name no object.
 */
@Path("/audit")
@Produces(MediaType.TEXT_HTML)
public class AuditPages {

    static final int PAGE_SIZE = 50;

    /** The kinds of objects in the audit trail and their names; the last two for the beheerder only. */
    static final Map<String, String> KINDS = kinds();

    private static final List<String> BEHEERDER_ONLY = List.of("ACCOUNT", DeniedAccess.AUDIT_TYPE);

    @Inject
    Caller caller;

    @Inject
    @Location("shared/audit.html")
    Template page;

    @GET
    @RolesAllowed({ Roles.PROJECTLEIDER, Roles.BEHEERDER })
    @Transactional
    public Response show(@RestQuery String soort, @RestQuery String id, @RestQuery String pagina) {
        List<String> visible = visibleKinds();
        InputRules rules = new InputRules();
        String kind = soort == null || soort.isBlank() ? null : soort.strip();
        rules.check(kind == null || visible.contains(kind), "soort", "Kies een van de soorten.");
        Long objectId = rules.optionalId("id", id);
        Map<String, String> errors = FormErrors.none();
        try {
            rules.throwIfAny();
        } catch (InvalidInputException e) {
            errors = FormErrors.of(e);
        }
        boolean valid = errors.isEmpty();
        List<String> kinds = valid && kind != null ? List.of(kind) : visible;
        Long shownId = valid ? objectId : null;
        String where = shownId == null ? "entityType in ?1" : "entityType in ?1 and entityId = ?2";
        Object[] params = shownId == null ? new Object[] { kinds } : new Object[] { kinds, shownId };
        long total = AuditEvent.count(where, params);
        int number = Page.clamp(pagina, PAGE_SIZE, total);
        List<AuditEvent> events = AuditEvent.<AuditEvent>find(where + " order by occurredAt desc, id desc", params)
                .page(number - 1, PAGE_SIZE).list();
        Page<AuditEvent> shown = new Page<>(events, number, PAGE_SIZE, total);
        List<Option> options = visible.stream().map(k -> new Option(k, KINDS.get(k))).toList();
        String query = (kind == null ? "" : "&soort=" + kind) + (id == null || id.isBlank() ? "" : "&id=" + id.strip());
        TemplateInstance html = page.data("events", shown).data("kinds", options).data("kind", kind == null ? "" : kind)
                .data("id", id == null ? "" : id.strip()).data("errors", errors).data("query", query)
                .data("kindLabel", kind == null ? null : KINDS.get(kind)).data("objectId", shownId).data("nav", "audit");
        return Response.status(valid ? 200 : 400).entity(html).build();
    }

    private List<String> visibleKinds() {
        boolean beheerder = caller.hasRole(Roles.BEHEERDER);
        return KINDS.keySet().stream().filter(k -> beheerder || !BEHEERDER_ONLY.contains(k)).toList();
    }

    private static Map<String, String> kinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("AANVRAAG", "Aanvraag (ook beoordelingen, advies, besluit en bezwaar)");
        kinds.put("SUBSIDIERONDE", "Subsidieronde");
        kinds.put("JAARRAPPORTAGE", "Jaarrapportage");
        kinds.put("PLUS_PREDICAAT", "Plus-IKC predicaat");
        kinds.put("RESULTAATAFSPRAAK", "Resultaatafspraak");
        kinds.put("IKC", "IKC");
        kinds.put("ORGANISATIE", "Organisatie");
        kinds.put("AANDACHTSGEBIED", "Aandachtsgebied");
        kinds.put("BEOORDELINGSCONCEPT", "Beoordelingsconcept");
        kinds.put("ACCOUNT", "Account (ook aanmeldingen)");
        kinds.put(DeniedAccess.AUDIT_TYPE, "Geweigerde toegang zonder object");
        return java.util.Collections.unmodifiableMap(kinds);
    }
}
