package nl.ikcregie.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Shapes the generated OpenAPI document to the NL API Design Rules: only the JSON API (not the
 * HTML pages that share the resource model), the major version in the server URL, the
 * {@code API-Version} header on every answer and the problem+json error answers every operation has.
 */
public class OpenApiFilter implements OASFilter {

    static final String PREFIX = "/api/v1";
    static final String VERSION = "1.0.0";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.setServers(null);
        openAPI.addServer(OASFactory.createServer().url(PREFIX).description("IKC Regie API, versie 1"));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, PathItem> kept = new LinkedHashMap<>();
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith(PREFIX + "/")) {
                kept.put(path.substring(PREFIX.length()), item);
            }
        });
        openAPI.getPaths().setPathItems(kept);
        kept.forEach((path, item) -> item.getOperations().forEach((method, operation) -> complete(method, path,
                operation)));
    }

    private static void complete(PathItem.HttpMethod method, String path, Operation operation) {
        APIResponses responses = operation.getResponses();
        // a POST that declares its 201 itself also answers 200 (e.g. a repeat with the same Idempotency-Key)
        if (method == PathItem.HttpMethod.POST && responses.hasAPIResponse("200") && !responses.hasAPIResponse("201")) {
            APIResponse ok = responses.getAPIResponse("200");
            responses.removeAPIResponse("200");
            responses.addAPIResponse("201", ok.description("Aangemaakt; de kop Location wijst naar het nieuwe gegeven."));
        }
        responses.addAPIResponse("400", problem("Ongeldige invoer; invalidParams noemt elk veld met de reden."));
        responses.addAPIResponse("401", problem("Niet aangemeld."));
        responses.addAPIResponse("403", problem("Geen toegang voor deze rol of organisatie."));
        if (path.contains("{")) {
            responses.addAPIResponse("404", problem("Onbekend, of niet zichtbaar voor de aanroeper."));
        }
        if (method == PathItem.HttpMethod.PUT) {
            responses.addAPIResponse("409", problem("De meegegeven versie is verouderd; er is niets gewijzigd."));
        }
        // an error an operation declares itself (e.g. 409 for a round in the wrong state) is problem+json too
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") && response.getContent() == null) {
                response.setContent(problem(response.getDescription()).getContent());
            }
        });
        responses.getAPIResponses().values().forEach(r -> r.addHeader("API-Version", versionHeader()));
    }

    private static Header versionHeader() {
        return OASFactory.createHeader().description("De volledige versie van de API.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).example(VERSION));
    }

    private static APIResponse problem(String description) {
        Schema invalidParam = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("name", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("reason", OASFactory.createSchema().addType(Schema.SchemaType.STRING));
        Schema schema = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("invalidParams", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(invalidParam));
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(schema));
        return OASFactory.createAPIResponse().description(description).content(content);
    }
}
