package nl.ikcregie.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Bad requests made from an operation's request schema and a base body: per field (recursively into
 * nested objects and array items) wrong types, null where required, huge, negative and fractional-cent
 * numbers, 100,000-character strings, control characters and bidi overrides; and whole-body
 * malformations (truncated, not JSON, an array, a bare value, an empty body, a wrong Content-Type, deep
 * nesting, broken UTF-8). Query parameters get their own list.
 */
final class BadInputs {

    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Longer than any text the product takes (its largest text field has 20,000). */
    static final String LONG_TEXT = "x".repeat(100_000);
    /** Long query values stay under the HTTP request-line limit (4,096), or the HTTP layer answers first. */
    static final String LONG_QUERY = "x".repeat(3_000);
    /** More than the largest body the product accepts (11 MB, for PDF uploads). */
    static final int HUGE_BODY_BYTES = 12 * 1024 * 1024;
    /** Array items sent for "a huge array" (every list of the product has a small bound). */
    static final int HUGE_ARRAY = 5_000;
    private static final String LONE_SURROGATE_MARK = "@@lone-surrogate@@";

    /**
     * One bad request: the field it concerns (a JSON path such as {@code begrotingsregels[0].bedrag}, a
     * query parameter, or {@code null} for the whole body), a description, whether a 400 answer must
     * name the field, and what to send.
     */
    record Mutation(String field, String label, boolean mustName, String contentType, byte[] body,
            Map<String, String> query, boolean typeError) {

        Mutation(String field, String label, boolean mustName, String contentType, byte[] body,
                Map<String, String> query) {
            this(field, label, mustName, contentType, body, query, false);
        }

        String describe() {
            return (field == null ? "" : field + " ") + label;
        }
    }

    private BadInputs() {
    }

    // ---------------------------------------------------------------- whole body

    static List<Mutation> wholeBody(ObjectNode base, boolean includeHugeBody) {
        String text = base.toString();
        List<Mutation> list = new ArrayList<>();
        list.add(body("truncated JSON", "application/json", text.substring(0, text.length() / 2)));
        list.add(body("not JSON", "application/json", "dit is geen JSON"));
        list.add(body("a JSON array instead of an object", "application/json", "[" + text + "]"));
        list.add(body("a bare JSON string", "application/json", "\"tekst\""));
        list.add(body("a bare JSON number", "application/json", "42"));
        list.add(body("the base body as text/plain", "text/plain", text));
        list.add(body("the base body as application/xml", "application/xml", text));
        list.add(body("nesting 100,000 arrays deep", "application/json", "[".repeat(100_000)));
        list.add(new Mutation(null, "invalid UTF-8 in a string", false, "application/json",
                concat("{\"x\":\"".getBytes(StandardCharsets.UTF_8), new byte[] { (byte) 0xC3, (byte) 0x28 },
                        "\"}".getBytes(StandardCharsets.UTF_8)),
                Map.of()));
        list.add(body("NaN as a number", "application/json", "{\"x\": NaN}"));
        list.add(body("a comment in the JSON", "application/json", "/* */" + text));
        if (includeHugeBody) {
            list.add(hugeBody("application/json"));
        }
        return list;
    }

    /** An empty body: every field missing (fine only where the operation needs nothing). */
    static Mutation emptyBody(String contentType) {
        return new Mutation(null, "an empty body", false, contentType, new byte[0], Map.of());
    }

    static Mutation hugeBody(String contentType) {
        byte[] bytes = new byte[HUGE_BODY_BYTES];
        java.util.Arrays.fill(bytes, (byte) 'x');
        byte[] start = "{\"x\":\"".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, bytes, 0, start.length);
        bytes[bytes.length - 2] = '"';
        bytes[bytes.length - 1] = '}';
        return new Mutation(null, "a body of 12 MB", false, contentType, bytes, Map.of());
    }

    private static Mutation body(String label, String contentType, String text) {
        return new Mutation(null, label, false, contentType, text.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    // ---------------------------------------------------------------- per field

    /**
     * Every field mutation of {@code schema}; {@code reads} tells whether the operation reads a top-level
     * field (a field it does not read only gets the wrong types, which the JSON binding refuses whatever
     * the operation).
     */
    static List<Mutation> fields(JsonNode schema, ObjectNode base, java.util.function.Predicate<String> reads) {
        List<Mutation> list = new ArrayList<>();
        walk(schema, new ArrayList<>(), base, reads, list);
        return list;
    }

    private static void walk(JsonNode schema, List<Object> path, ObjectNode base,
            java.util.function.Predicate<String> reads, List<Mutation> out) {
        Set<String> required = new java.util.HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> property = it.next();
            List<Object> here = new ArrayList<>(path);
            here.add(property.getKey());
            String top = (String) here.get(0);
            field(property.getValue(), here, required.contains(property.getKey()), base, reads.test(top), reads, out);
        }
    }

    private static void field(JsonNode schema, List<Object> path, boolean required, ObjectNode base, boolean read,
            java.util.function.Predicate<String> reads, List<Mutation> out) {
        String type = ApiOperations.type(schema);
        Map<String, JsonNode> wrong = new LinkedHashMap<>();
        Map<String, JsonNode> values = new LinkedHashMap<>();
        ObjectNode object = NODES.objectNode().put("a", 1);
        switch (type) {
            case "object" -> {
                wrong.put("a string for an object", NODES.textNode("tekst"));
                wrong.put("an array for an object", NODES.arrayNode().add(1));
                wrong.put("a number for an object", NODES.numberNode(5));
                walk(schema, path, base, reads, out);
            }
            case "array" -> {
                wrong.put("a string for an array", NODES.textNode("tekst"));
                wrong.put("an object for an array", object);
                ArrayNode many = NODES.arrayNode();
                JsonNode existing = at(base, path).path(0);
                // the base's own first item where it has one (a valid item, so only the count is wrong)
                JsonNode item = existing.isMissingNode() || existing.isNull() ? sample(schema.path("items")) : existing;
                for (int i = 0; i < HUGE_ARRAY; i++) {
                    many.add(item.deepCopy());
                }
                values.put("an array of " + HUGE_ARRAY + " items", many);
                JsonNode items = schema.path("items");
                List<Object> first = new ArrayList<>(path);
                first.add(0);
                // an item's fields are mutated in an item that is otherwise complete (an empty row is skipped)
                ObjectNode withItem = existing.isMissingNode() || existing.isNull()
                        ? withValueAt(base, first, sample(items)) : base;
                if ("object".equals(ApiOperations.type(items))) {
                    walk(items, first, withItem, reads, out);
                } else {
                    field(items, first, false, withItem, read, reads, out);
                }
            }
            case "integer", "number" -> {
                wrong.put("an object for a number", object);
                wrong.put("an array for a number", NODES.arrayNode().add(1));
                // input classes keep most numbers as text (for Dutch notation): a word or a boolean reaches the rules
                values.put("a word for a number", NODES.textNode("twaalf"));
                values.put("a boolean for a number", NODES.booleanNode(true));
                values.put("1e308", NODES.numberNode(new BigDecimal("1e308")));
                values.put("99999999999999999999", NODES.numberNode(new BigInteger("99999999999999999999")));
                values.put("Long.MAX_VALUE + 1", NODES.numberNode(new BigInteger("9223372036854775808")));
                if (type.equals("integer")) {
                    values.put("-1", NODES.numberNode(-1));
                    values.put("1.5 for a whole number", NODES.numberNode(new BigDecimal("1.5")));
                } else {
                    values.put("a negative amount -100", NODES.numberNode(-100));
                    values.put("a negative amount -0.01", NODES.numberNode(new BigDecimal("-0.01")));
                    values.put("a fractional cent 12.345", NODES.numberNode(new BigDecimal("12.345")));
                    values.put("a fractional cent \"12,345\"", NODES.textNode("12,345"));
                }
            }
            case "boolean" -> {
                wrong.put("an object for a boolean", object);
                wrong.put("an array for a boolean", NODES.arrayNode().add(true));
                wrong.put("a word for a boolean", NODES.textNode("misschien"));
            }
            default -> {
                wrong.put("an object for a string", object);
                wrong.put("an array for a string", NODES.arrayNode().add("x"));
                values.put("100,000 characters", NODES.textNode(LONG_TEXT));
                if (schema.has("enum")) {
                    values.put("a value outside the enum", NODES.textNode("GEEN_GELDIGE_WAARDE"));
                } else if (schema.has("format")) {
                    values.put("a date that does not exist", NODES.textNode(
                            schema.path("format").asText().equals("date") ? "2026-02-30" : "2026-02-30T25:61:00+01:00"));
                } else {
                    values.put("U+0000 in the text", NODES.textNode("Tekst met \u0000 erin"));
                    values.put("U+001B (escape) in the text", NODES.textNode("Tekst met \u001B[31m erin"));
                    values.put("U+202E (right-to-left override) in the text", NODES.textNode("Tekst \u202Efdp.exe"));
                    values.put("half a surrogate pair (\\ud800)", NODES.textNode("Tekst " + LONE_SURROGATE_MARK));
                }
            }
        }
        String name = pathName(path);
        wrong.forEach((label, value) -> out.add(set(base, path, value, name, label, true, true)));
        if (required && read) {
            out.add(set(base, path, NODES.nullNode(), name, "null for a required field", true, false));
        }
        if (read) {
            values.forEach((label, value) -> out.add(set(base, path, value, name, label, true, false)));
        }
    }

    private static Mutation set(ObjectNode base, List<Object> path, JsonNode value, String name, String label,
            boolean mustName, boolean typeError) {
        ObjectNode copy = withValueAt(base, path, value);
        // a lone surrogate cannot be written by Jackson; it goes into the JSON text as an escape
        String json = copy.toString().replace(LONE_SURROGATE_MARK, "\\ud800");
        return new Mutation(name, label, mustName, "application/json", json.getBytes(StandardCharsets.UTF_8), Map.of(),
                typeError);
    }

    /** The value at {@code path} in {@code base}, or a missing node. */
    static JsonNode at(JsonNode base, List<Object> path) {
        JsonNode node = base;
        for (Object step : path) {
            node = step instanceof Integer i ? node.path(i) : node.path((String) step);
        }
        return node;
    }

    /** A copy of {@code base} with {@code value} at {@code path} (objects and arrays on the way made as needed). */
    static ObjectNode withValueAt(ObjectNode base, List<Object> path, JsonNode value) {
        ObjectNode copy = base.deepCopy();
        JsonNode parent = copy;
        for (int i = 0; i < path.size() - 1; i++) {
            parent = child(parent, path.get(i), path.get(i + 1));
        }
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer index) {
            ArrayNode array = (ArrayNode) parent;
            while (array.size() <= index) {
                array.addNull();
            }
            array.set(index, value);
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
        return copy;
    }

    /** The child at {@code step}, made (as the kind the next step needs) when the base lacks it. */
    private static JsonNode child(JsonNode parent, Object step, Object next) {
        JsonNode existing = step instanceof Integer i ? parent.path(i) : parent.path((String) step);
        boolean wantArray = next instanceof Integer;
        if (existing.isMissingNode() || existing.isNull() || wantArray != existing.isArray() || !existing.isContainerNode()) {
            JsonNode made = wantArray ? NODES.arrayNode() : NODES.objectNode();
            if (step instanceof Integer i) {
                ArrayNode array = (ArrayNode) parent;
                while (array.size() <= i) {
                    array.addNull();
                }
                array.set(i, made);
            } else {
                ((ObjectNode) parent).set((String) step, made);
            }
            return made;
        }
        return existing;
    }

    static String pathName(List<Object> path) {
        StringBuilder name = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer i) {
                name.append('[').append(i).append(']');
            } else {
                if (name.length() > 0) {
                    name.append('.');
                }
                name.append(step);
            }
        }
        return name.toString();
    }

    /** A plausible value for a schema, for array items and for fields a base body does not fill. */
    static JsonNode sample(JsonNode schema) {
        String type = ApiOperations.type(schema);
        if (schema.has("examples") && schema.get("examples").size() > 0) {
            return schema.get("examples").get(0);
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        return switch (type) {
            case "object" -> {
                ObjectNode node = NODES.objectNode();
                schema.path("properties").fields().forEachRemaining(e -> node.set(e.getKey(), sample(e.getValue())));
                yield node;
            }
            case "array" -> NODES.arrayNode();
            case "integer" -> NODES.numberNode(schema.has("minimum") ? schema.get("minimum").asInt() : 1);
            case "number" -> NODES.numberNode(100);
            case "boolean" -> NODES.booleanNode(false);
            default -> switch (schema.path("format").asText()) {
                case "date" -> NODES.textNode(java.time.LocalDate.now(nl.ikcregie.shared.ClockProducer.AMSTERDAM).toString());
                case "date-time" -> NODES.textNode(java.time.OffsetDateTime.now().plusDays(1).withNano(0).toString());
                default -> NODES.textNode("Tekst");
            };
        };
    }

    // ---------------------------------------------------------------- query parameters

    static List<Mutation> query(List<ApiOperations.Parameter> parameters, Map<String, String> base, boolean stores,
            Function<Map<String, String>, Mutation> request) {
        List<Mutation> list = new ArrayList<>();
        for (ApiOperations.Parameter p : parameters) {
            String type = ApiOperations.type(p.schema());
            Map<String, String> values = new LinkedHashMap<>();
            if (type.equals("integer") || type.equals("number")) {
                values.put("a word for a number", "twaalf");
                values.put("99999999999999999999", "99999999999999999999");
                values.put("1e308", "1e308");
                values.put("12.345", "12.345");
                values.put("-1", "-1");
            }
            values.put("3,000 characters", LONG_QUERY);
            values.put("U+0000", "a\u0000b");
            values.put("U+202E", "a\u202Eb");
            if (!stores || !type.equals("string")) {
                // markup is a valid text (a file name may hold it); only where it is not stored is it refused
                values.put("<script>", "<script>alert(1)</script>");
            }
            values.forEach((label, value) -> {
                Map<String, String> q = new LinkedHashMap<>(base);
                q.put(p.name(), value);
                Mutation m = request.apply(q);
                list.add(new Mutation(p.name(), label, true, m.contentType(), m.body(), q, true));
            });
        }
        return list;
    }

    static String text(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
