package nl.ikcregie.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The operations of the JSON API as its published OpenAPI document describes them: method, path, the
 * roles that may call it, its query parameters and its request body schema (with every {@code $ref}
 * resolved). Read from the document, so a new operation is found without a change here.
 */
final class ApiOperations {

    /** One operation; {@code body} is null when it takes none, {@code bodyType} its media type. */
    record Operation(String method, String path, List<String> roles, List<Parameter> query, String bodyType,
            JsonNode body, List<String> produces) {

        String key() {
            return method + " " + path;
        }

        boolean takesJson() {
            return "application/json".equals(bodyType);
        }
    }

    record Parameter(String name, boolean required, JsonNode schema) {
    }

    private ApiOperations() {
    }

    static List<Operation> read(String document) {
        try {
            JsonNode root = new ObjectMapper().readTree(document);
            JsonNode schemas = root.path("components").path("schemas");
            List<Operation> operations = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext();) {
                Map.Entry<String, JsonNode> path = paths.next();
                for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                    Map.Entry<String, JsonNode> op = ops.next();
                    String method = op.getKey().toUpperCase();
                    if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                        continue;
                    }
                    operations.add(operation(method, path.getKey(), op.getValue(), schemas));
                }
            }
            return operations;
        } catch (java.io.IOException e) {
            throw new AssertionError("The OpenAPI document is not JSON", e);
        }
    }

    private static Operation operation(String method, String path, JsonNode op, JsonNode schemas) {
        List<String> roles = new ArrayList<>();
        for (JsonNode requirement : op.path("security")) {
            requirement.fields().forEachRemaining(e -> e.getValue().forEach(r -> roles.add(r.asText())));
        }
        List<Parameter> query = new ArrayList<>();
        for (JsonNode p : op.path("parameters")) {
            if ("query".equals(p.path("in").asText())) {
                query.add(new Parameter(p.path("name").asText(), p.path("required").asBoolean(),
                        resolve(p.path("schema"), schemas)));
            }
        }
        String bodyType = null;
        JsonNode body = null;
        JsonNode content = op.path("requestBody").path("content");
        if (content.isObject() && content.size() > 0) {
            Map.Entry<String, JsonNode> first = content.fields().next();
            bodyType = first.getKey();
            body = resolve(first.getValue().path("schema"), schemas);
        }
        List<String> produces = new ArrayList<>();
        op.path("responses").fields().forEachRemaining(r -> {
            if (r.getKey().startsWith("2")) {
                r.getValue().path("content").fieldNames().forEachRemaining(produces::add);
            }
        });
        return new Operation(method, path, roles, query, bodyType, body, produces);
    }

    /** The schema with each {@code $ref} (also in properties and items, at any depth) replaced by its target. */
    static JsonNode resolve(JsonNode schema, JsonNode schemas) {
        return resolve(schema, schemas, 0);
    }

    private static JsonNode resolve(JsonNode schema, JsonNode schemas, int depth) {
        if (depth > 12 || schema == null || !schema.isObject()) {
            return schema;
        }
        JsonNode node = schema;
        if (node.has("$ref")) {
            String name = node.get("$ref").asText().substring("#/components/schemas/".length());
            node = schemas.path(name);
        }
        com.fasterxml.jackson.databind.node.ObjectNode copy = node.deepCopy();
        if (copy.has("properties")) {
            com.fasterxml.jackson.databind.node.ObjectNode properties = copy.putObject("properties");
            node.get("properties").fields()
                    .forEachRemaining(e -> properties.set(e.getKey(), resolve(e.getValue(), schemas, depth + 1)));
        }
        if (copy.has("items")) {
            copy.set("items", resolve(node.get("items"), schemas, depth + 1));
        }
        return copy;
    }

    /** The schema's main type, ignoring {@code null} in a type list ({@code ["integer", "null"]}). */
    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
            return "null";
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : "string";
    }
}
