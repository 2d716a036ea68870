package nl.ikcregie.zgw;

import com.networknt.schema.Error;
import com.networknt.schema.ExecutionConfig;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * One of the official ZGW OpenAPI documents (src/test/resources/zgw), as a validator of requests: finds
 * the operation for a method and path, and tells what is wrong with a request to it (unknown operation,
 * a required header missing or with a value outside its enumeration, an undeclared query parameter, a
 * body that does not match the operation's schema). Bodies are validated with networknt's
 * json-schema-validator in its OpenAPI 3.0 dialect, as a request: read-only properties are neither
 * required nor allowed. A schema with a discriminator (a rol's betrokkeneType) is validated against the
 * schema its mapping names.
 */
final class OpenApiDocument {

    private static final ObjectMapper YAML = YAMLMapper.builder().build();
    static final ObjectMapper JSON = new ObjectMapper();

    final String name;
    private final String iri;
    private final JsonNode document;
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private OpenApiDocument(String name, String text) {
        this.name = name;
        this.iri = "https://ikc-regie.test/zgw/" + name;
        this.document = YAML.readTree(text);
        this.registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30(), b -> b.schemas(Map.of(iri, text)));
    }

    static OpenApiDocument load(String resource) {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream("/zgw/" + resource)) {
            return new OpenApiDocument(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The operation a request is for: its path template and definition. */
    record Operation(String template, String method, JsonNode definition) {
        String id() {
            return definition.path("operationId").asString();
        }
    }

    /** The operation for a method and a path below the API's base (e.g. {@code /zaken/1234}). */
    Optional<Operation> operation(String method, String path) {
        for (var entry : document.path("paths").properties()) {
            if (matches(entry.getKey(), path)) {
                JsonNode definition = entry.getValue().path(method.toLowerCase(Locale.ROOT));
                if (!definition.isMissingNode()) {
                    return Optional.of(new Operation(entry.getKey(), method, definition));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean matches(String template, String path) {
        String[] t = template.split("/");
        String[] p = path.split("/");
        if (t.length != p.length) {
            return false;
        }
        for (int i = 0; i < t.length; i++) {
            if (!(t[i].startsWith("{") && t[i].endsWith("}") && !p[i].isEmpty()) && !t[i].equals(p[i])) {
                return false;
            }
        }
        return true;
    }

    /** What is wrong with this request to the operation; empty when it is valid. */
    List<String> violations(Operation operation, Map<String, String> headers, Set<String> queryNames, String body) {
        List<String> violations = new ArrayList<>();
        Set<String> declaredQuery = new HashSet<>();
        for (JsonNode parameter : operation.definition().path("parameters")) {
            JsonNode p = resolve(parameter);
            String in = p.path("in").asString();
            String name = p.path("name").asString();
            if (in.equals("query")) {
                declaredQuery.add(name);
            } else if (in.equals("header") && p.path("required").asBoolean(false)) {
                String value = headers.get(name.toLowerCase(Locale.ROOT));
                if (value == null) {
                    violations.add("header " + name + " is required");
                } else if (p.path("schema").has("enum")) {
                    boolean allowed = false;
                    for (JsonNode option : p.path("schema").path("enum")) {
                        allowed |= option.asString().equals(value);
                    }
                    if (!allowed) {
                        violations.add("header " + name + " has a value outside its enumeration: " + value);
                    }
                }
            }
        }
        for (String name : queryNames) {
            if (!declaredQuery.contains(name)) {
                violations.add("query parameter " + name + " is not declared by " + operation.id());
            }
        }
        JsonNode requestBody = resolve(operation.definition().path("requestBody"));
        if (!requestBody.isMissingNode()) {
            JsonNode schema = requestBody.path("content").path("application/json").path("schema");
            if (!"application/json".equals(headers.get("content-type"))) {
                violations.add("header Content-Type must be application/json, was " + headers.get("content-type"));
            }
            if (body == null || body.isBlank()) {
                violations.add("the request body is required");
            } else {
                JsonNode instance = JSON.readTree(body);
                String ref = schema.path("$ref").asString(null);
                if (ref == null) {
                    violations.add("no schema reference for the body of " + operation.id());
                } else {
                    violations.addAll(validate(mapped(ref, instance), instance));
                }
            }
        }
        return violations;
    }

    /** The schema a discriminator maps this instance to, or the schema itself. */
    private String mapped(String ref, JsonNode instance) {
        JsonNode schema = pointer(ref);
        JsonNode discriminator = schema.path("discriminator");
        if (discriminator.isMissingNode()) {
            return ref;
        }
        String value = instance.path(discriminator.path("propertyName").asString()).asString(null);
        JsonNode target = value == null ? null : discriminator.path("mapping").get(value);
        return target == null ? ref : target.asString();
    }

    /** The violations of an instance against a schema of this document, validated as a request. */
    List<String> validate(String ref, JsonNode instance) {
        Schema schema = schemas.computeIfAbsent(ref, r -> registry.getSchema(SchemaLocation.of(iri + r)));
        List<Error> errors = schema.validate(instance, context -> context
                .setExecutionConfig(ExecutionConfig.builder().readOnly(true).formatAssertionsEnabled(true).build()));
        return errors.stream().map(e -> ref + ": " + e.getInstanceLocation() + " " + e.getMessage()).toList();
    }

    /** Whether a GET of this operation answers a plain array (not a paginated object). */
    boolean answersArray(Operation operation) {
        JsonNode schema = operation.definition().path("responses").path("200").path("content").path("application/json")
                .path("schema");
        return "array".equals(schema.path("type").asString(null));
    }

    private JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asString(null);
        return ref == null ? node : resolve(pointer(ref));
    }

    private JsonNode pointer(String ref) {
        return document.at(ref.substring(1));
    }
}
