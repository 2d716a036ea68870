package nl.ikcregie.agreement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import nl.ikcregie.shared.Roles;
import nl.ikcregie.shared.web.QueryParameters;
import nl.ikcregie.shared.web.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/v1/resultaatafspraken")
@Tag(name = "Resultaatafspraken", description = "Meerjarige afspraken per Plus-IKC tussen gemeente, onderwijskoepel en kinderopvang, met versies")
@RolesAllowed({ Roles.BEHEERDER, Roles.PROJECTLEIDER, Roles.AANVRAGER, Roles.BESTUURDER, Roles.ONTWIKKELGROEP })
public class AgreementResource {

    @Inject
    AgreementService service;

    /** A short entry of the list. */
    public record Afspraakoverzicht(long id, long ikcId, String ikcNaam, int eersteJaar, int laatsteJaar, int versie,
            String status, Integer akkoordVersie, long onderwijskoepelId, long kinderopvangId) {
    }

    @GET
    @Operation(summary = "De resultaatafspraken die de aanroeper mag zien (een aanvrager: waar de eigen organisatie partij is)")
    public List<Afspraakoverzicht> list() {
        return service.listVisible().stream().map(a -> new Afspraakoverzicht(a.id, a.ikc.id, a.ikc.name, a.firstYear,
                a.lastYear, a.current().number, a.current().status.name(), a.latestAgreed().map(v -> v.number)
                        .orElse(null), a.schoolBoard.id, a.childcare.id)).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Eén resultaatafspraak met de inhoud en totalen van de huidige versie")
    public Response get(@RestPath long id) {
        Resultaatafspraak body = Resultaatafspraak.of(service.getVisible(id));
        return Response.ok(body).tag(etag(body.versie(), body.revisie())).build();
    }

    @POST
    @RolesAllowed(Roles.PROJECTLEIDER)
    @Operation(summary = "Een resultaatafspraak opstellen voor een Plus-IKC: versie 1 in concept")
    public Response create(AfspraakInvoer input) {
        long id = service.draft(Versions.orEmpty(input, AfspraakInvoer::new)).id;
        return Response.created(URI.create("/api/v1/resultaatafspraken/" + id)).entity(read(id)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.PROJECTLEIDER)
    @Operation(summary = "De inhoud van de conceptversie vervangen; instemmingen die al gegeven waren vervallen")
    @APIResponse(responseCode = "200", description = "Gewijzigd.")
    @APIResponse(responseCode = "409", description = "De versie is akkoord (verandert niet meer), of versie of revisie is verouderd.")
    public Resultaatafspraak update(@RestPath long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            InhoudInvoer input) {
        InhoudInvoer body = Versions.orEmpty(input, InhoudInvoer::new);
        String[] basis = ifMatch(ifMatch);
        if (body.versie == null && body.revisie == null && basis != null) {
            body.versie = basis[0];
            body.revisie = basis[1];
        }
        service.updateConcept(id, body);
        return read(id);
    }

    @GET
    @Path("/{id}/versies/{versie}")
    @Operation(summary = "Eén versie, ook een oudere: status, instemmingen, inhoud en totalen")
    public Resultaatafspraak.Afspraakversie version(@RestPath long id, @RestPath int versie) {
        return Resultaatafspraak.version(service.getVisible(id), service.version(id, versie));
    }

    @POST
    @Path("/{id}/instemmingen")
    @RolesAllowed({ Roles.PROJECTLEIDER, Roles.AANVRAGER })
    @Operation(summary = "Instemmen met de conceptversie, namens de eigen partij; de derde instemming maakt haar akkoord")
    @APIResponse(responseCode = "200", description = "De instemming is vastgelegd.")
    @APIResponse(responseCode = "409", description = "De versie is al akkoord, de partij stemde al in, of versie of revisie is verouderd.")
    public Resultaatafspraak consent(@RestPath long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            AfspraakActie input) {
        AfspraakActie body = basis(Versions.orEmpty(input, AfspraakActie::new), ifMatch);
        service.consent(id, body);
        return read(id);
    }

    @POST
    @Path("/{id}/wijzigingen")
    @RolesAllowed(Roles.PROJECTLEIDER)
    @Operation(summary = "Een wijziging starten: een nieuwe conceptversie, gekopieerd van de laatste akkoord-versie")
    @APIResponse(responseCode = "200", description = "De nieuwe versie is aangemaakt.")
    @APIResponse(responseCode = "409", description = "Er is al een concept, of de genoemde versie is niet de nieuwste.")
    public Resultaatafspraak amend(@RestPath long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            AfspraakActie input) {
        service.amend(id, basis(Versions.orEmpty(input, AfspraakActie::new), ifMatch));
        return read(id);
    }

    @GET
    @Path("/{id}/verschillen")
    @Operation(summary = "Het verschil tussen twee versies: doelen, streefwaarden, bijdragen, formatie en teksten")
    public Verschillen diff(@RestPath long id,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String van,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String naar) {
        return Verschillen.of(service.diff(id, QueryParameters.number("van", van, 1, Integer.MAX_VALUE),
                QueryParameters.number("naar", naar, 1, Integer.MAX_VALUE)));
    }

    @POST
    @Path("/{id}/evaluaties")
    @RolesAllowed(Roles.PROJECTLEIDER)
    @Operation(summary = "De jaarlijkse evaluatie vastleggen; leidt die tot een wijziging, dan start een nieuwe conceptversie")
    @APIResponse(responseCode = "200", description = "De evaluatie is vastgelegd.")
    public Resultaatafspraak evaluate(@RestPath long id, AfspraakActie input) {
        service.evaluate(id, Versions.orEmpty(input, AfspraakActie::new));
        return read(id);
    }

    /** Writes commit in the service; the answer is read afresh. */
    private Resultaatafspraak read(long id) {
        return Resultaatafspraak.of(service.getVisible(id));
    }

    static EntityTag etag(int version, long revision) {
        return new EntityTag(version + "." + revision);
    }

    /** If-Match {@code "2.5"} (version 2, revision 5), weak or not; null when absent or unreadable. */
    static String[] ifMatch(String header) {
        if (header == null) {
            return null;
        }
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        String[] parts = tag.replace("\"", "").split("\\.");
        return parts.length == 2 ? parts : parts.length == 1 ? new String[] { parts[0], null } : null;
    }

    private static AfspraakActie basis(AfspraakActie body, String ifMatch) {
        String[] basis = ifMatch(ifMatch);
        if (body.versie == null && basis != null) {
            body.versie = basis[0];
            body.revisie = basis[1];
        }
        return body;
    }
}
