package be.wallonie.parcours.api.badinput;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import be.wallonie.parcours.api.badinput.Mutation.Body;
import be.wallonie.parcours.api.badinput.Mutation.Bytes;
import be.wallonie.parcours.api.badinput.Mutation.Encoded;
import be.wallonie.parcours.api.badinput.Mutation.Field;
import be.wallonie.parcours.api.badinput.Mutation.Header;
import be.wallonie.parcours.api.badinput.Mutation.Json;
import be.wallonie.parcours.api.badinput.Mutation.Missing;
import be.wallonie.parcours.api.badinput.Mutation.Nested;
import be.wallonie.parcours.api.badinput.Mutation.PathParameter;
import be.wallonie.parcours.api.badinput.Mutation.Query;
import be.wallonie.parcours.api.badinput.Mutation.Text;
import be.wallonie.parcours.api.badinput.Mutation.WholeBody;

/**
 * A generated bad request: an operation's valid request (its example body, as the caller allowed to use it, on a real
 * record) with one mutation, in a language the client accepts. {@code dropped} are the top-level fields of the body
 * that shrinking left out, to find the smallest body that still fails.
 */
record BadRequest(ApiOperation operation, String mediaType, String example, Mutation mutation, String language,
        Set<String> dropped) {

    /** What is sent: the method, the path and query as they go on the wire, the headers and the body. */
    record HttpCall(String method, String target, Map<String, String> headers, byte[] body, List<String> sentTexts) {
    }

    /** The request as sent over the base request {@code base}, with the record's ETag {@code etag}. */
    HttpCall render(Targets.Base base, String token, String etag) {
        List<String> sent = new ArrayList<>();
        String path = operation.path();
        for (ApiOperation.Parameter parameter : operation.in("path")) {
            String value = mutation.place() instanceof PathParameter at && at.name().equals(parameter.name())
                    ? urlValue(mutation.value(), sent)
                    : base.path().get(parameter.name());
            path = path.replace("{" + parameter.name() + "}", value);
        }
        Map<String, String> query = new LinkedHashMap<>();
        base.query().forEach((name, value) -> query.put(name, encode(value)));
        if (mutation.place() instanceof Query at) {
            if (mutation.value() instanceof Missing) {
                query.remove(at.name());
            } else {
                query.put(at.name(), urlValue(mutation.value(), sent));
            }
        }
        StringBuilder target = new StringBuilder(path);
        String separator = "?";
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            target.append(separator).append(parameter.getKey()).append('=').append(parameter.getValue());
            separator = "&";
        }
        Map<String, String> headers = new LinkedHashMap<>();
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        if (language != null) {
            headers.put("Accept-Language", language);
        }
        if (operation.hasHeader("If-Match")) {
            headers.put("If-Match", etag);
        }
        if (operation.hasHeader("Idempotency-Key")) {
            headers.put("Idempotency-Key", UUID.randomUUID().toString());
        }
        byte[] body = body(base.body(), headers, sent);
        if (mutation.place() instanceof Header at) {
            if (mutation.value() instanceof Text text) {
                headers.put(at.name(), text.text());
                sent.add(text.text());
            } else {
                headers.remove(at.name());
            }
        }
        return new HttpCall(operation.method(), target.toString(), headers, body, sent);
    }

    private byte[] body(JsonNode baseBody, Map<String, String> headers, List<String> sent) {
        if (mutation.place() instanceof WholeBody) {
            if (mutation.value() instanceof Bytes bytes) {
                if (bytes.contentType() != null) {
                    headers.put("Content-Type", bytes.contentType());
                }
                return bytes.bytes();
            }
            return null;
        }
        if (baseBody == null) {
            return null;
        }
        JsonNode tree = baseBody.deepCopy();
        if (tree instanceof ObjectNode object) {
            dropped.forEach(object::remove);
        }
        if (mutation.place() instanceof Body at) {
            tree = apply(tree, at.at(), mutation.value());
        }
        collectTexts(tree, sent);
        headers.put("Content-Type", mediaType);
        if (mediaType.startsWith("text/csv")) {
            return Csv.write(tree);
        }
        return JsonText.write(tree).getBytes(StandardCharsets.US_ASCII);
    }

    /** The tree with {@code value} at {@code path}; answers the new root. */
    static JsonNode apply(JsonNode root, List<Object> path, Mutation.Value value) {
        if (path.isEmpty()) {
            return replacement(root, value);
        }
        JsonNode parent = root;
        for (Object step : path.subList(0, path.size() - 1)) {
            parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
        }
        Object last = path.get(path.size() - 1);
        JsonNode current = last instanceof Integer index ? parent.get(index) : parent.get((String) last);
        if (parent instanceof ObjectNode object) {
            if (value instanceof Missing) {
                object.remove((String) last);
            } else {
                object.set((String) last, replacement(current, value));
            }
        } else if (parent instanceof ArrayNode array) {
            int index = (Integer) last;
            if (value instanceof Missing) {
                array.remove(index);
            } else {
                array.set(index, replacement(current, value));
            }
        }
        return root;
    }

    private static JsonNode replacement(JsonNode current, Mutation.Value value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (value instanceof Json json) {
            return json.node();
        }
        if (value instanceof Text text) {
            return nodes.textNode(text.text());
        }
        if (value instanceof Nested nested) {
            return JsonText.raw("[".repeat(nested.depth()) + "]".repeat(nested.depth()));
        }
        if (value instanceof Field field && current instanceof ObjectNode object) {
            ObjectNode copy = object.deepCopy();
            copy.set(field.name(), replacement(null, field.value()));
            return copy;
        }
        if (value instanceof Missing) {
            return nodes.missingNode();
        }
        throw new IllegalArgumentException(value + " cannot replace " + current);
    }

    private static void collectTexts(JsonNode node, List<String> sent) {
        if (node == null) {
            return;
        }
        if (node.isTextual()) {
            sent.add(node.textValue());
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            sent.add(field.getKey());
            collectTexts(field.getValue(), sent);
        }
        if (node.isArray()) {
            node.forEach(element -> collectTexts(element, sent));
        }
    }

    private static String urlValue(Mutation.Value value, List<String> sent) {
        if (value instanceof Encoded encoded) {
            sent.add(encoded.raw());
            sent.add(java.net.URLDecoder.decode(encoded.raw().replace("+", "%2B"), StandardCharsets.UTF_8));
            return encoded.raw();
        }
        if (value instanceof Text text) {
            sent.add(text.text());
            return encode(text.text());
        }
        return "";
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Smaller requests that may still fail the same way: no language, fewer body fields, a smaller mutation. */
    List<BadRequest> shrink(JsonNode baseBody) {
        List<BadRequest> smaller = new ArrayList<>();
        mutation.shrink().forEach(candidate -> smaller.add(with(candidate, language, dropped)));
        if (language != null) {
            smaller.add(with(mutation, null, dropped));
        }
        if (baseBody instanceof ObjectNode object && !(mutation.place() instanceof WholeBody)) {
            Object kept = mutation.place() instanceof Body at ? at.top() : null;
            object.fieldNames().forEachRemaining(field -> {
                if (!field.equals(kept) && !dropped.contains(field)) {
                    Set<String> more = new TreeSet<>(dropped);
                    more.add(field);
                    smaller.add(with(mutation, language, more));
                }
            });
        }
        return smaller;
    }

    private BadRequest with(Mutation other, String otherLanguage, Set<String> otherDropped) {
        return new BadRequest(operation, mediaType, example, other, otherLanguage, Set.copyOf(otherDropped));
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(operation.name());
        if (example != null) {
            text.append(" (example \"").append(example).append("\")");
        }
        text.append(", ").append(mutation);
        if (language != null) {
            text.append(", Accept-Language: ").append(language);
        }
        if (!dropped.isEmpty()) {
            text.append(", without ").append(String.join(", ", dropped));
        }
        return text.toString();
    }

    /** An attendance file: rows of cells, written as the operators' CSV (semicolons, UTF-8, lone surrogates kept). */
    static final class Csv {

        private Csv() {
        }

        static JsonNode read(String text) {
            ArrayNode rows = JsonNodeFactory.instance.arrayNode();
            for (String line : text.split("\n", -1)) {
                if (line.isEmpty()) {
                    continue;
                }
                ArrayNode row = rows.addArray();
                for (String cell : line.split(";", -1)) {
                    row.add(cell);
                }
            }
            return rows;
        }

        static byte[] write(JsonNode tree) {
            StringBuilder text = new StringBuilder();
            if (tree.isArray()) {
                for (JsonNode row : tree) {
                    if (row.isArray()) {
                        List<String> cells = new ArrayList<>();
                        row.forEach(cell -> cells.add(cell.isTextual() ? cell.textValue() : JsonText.write(cell)));
                        text.append(String.join(";", cells));
                    } else {
                        text.append(row.isTextual() ? row.textValue() : JsonText.write(row));
                    }
                    text.append('\n');
                }
            } else {
                text.append(tree.isTextual() ? tree.textValue() : JsonText.write(tree));
            }
            return wtf8(text.toString());
        }

        /** UTF-8, except that a lone surrogate is written as its own three bytes, as a careless encoder would. */
        private static byte[] wtf8(String text) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 16);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    out.writeBytes(text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8));
                    i++;
                } else if (Character.isSurrogate(c)) {
                    out.write(0xE0 | (c >> 12));
                    out.write(0x80 | ((c >> 6) & 0x3F));
                    out.write(0x80 | (c & 0x3F));
                } else {
                    out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                }
            }
            return out.toByteArray();
        }
    }
}
