package be.wallonie.parcours.api.badinput;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One change to an operation's valid request, in one place: the {@code kind} of change (the name the report and
 * {@code -Dbadinput.skip} use), where it applies, and the value it puts there. A mutation knows how to be made
 * smaller ({@link #shrink}), so that a failure is reported with the smallest change that still fails.
 */
record Mutation(String kind, Place place, Value value) {

    /** No change: the operation's valid request as it is. */
    static final Mutation NONE = new Mutation("none", new Nowhere(), new Missing());

    /** Where a mutation applies. */
    sealed interface Place {
    }

    /** A value of the body, by its path of field names and array indexes (empty: the whole value). */
    record Body(List<Object> at) implements Place {
        @Override
        public String toString() {
            if (at.isEmpty()) {
                return "body";
            }
            StringBuilder path = new StringBuilder("body");
            for (Object step : at) {
                path.append(step instanceof Integer index ? "[" + index + "]" : "." + step);
            }
            return path.toString();
        }

        /** The first field of the path: the top-level field the mutation is in. */
        Object top() {
            return at.isEmpty() ? null : at.get(0);
        }
    }

    /** No place: nothing is changed. */
    record Nowhere() implements Place {
        @Override
        public String toString() {
            return "nothing";
        }
    }

    /** The body as bytes (broken JSON, another encoding, no body at all, a body too large). */
    record WholeBody() implements Place {
        @Override
        public String toString() {
            return "body";
        }
    }

    record Query(String name) implements Place {
        @Override
        public String toString() {
            return "query " + name;
        }
    }

    record PathParameter(String name) implements Place {
        @Override
        public String toString() {
            return "path {" + name + "}";
        }
    }

    record Header(String name) implements Place {
        @Override
        public String toString() {
            return "header " + name;
        }
    }

    /** What a mutation puts in its place. */
    sealed interface Value {
        /** Smaller values of the same sort, most promising first. */
        default List<Value> shrink() {
            return List.of();
        }
    }

    /** A JSON value other than a string (a number written as it is, an array, an object, a boolean, null). */
    record Json(JsonNode node) implements Value {
        @Override
        public List<Value> shrink() {
            if (node instanceof com.fasterxml.jackson.databind.node.POJONode) {
                String text = JsonText.write(node);
                List<Value> smaller = new ArrayList<>();
                if (!text.equals("0")) {
                    smaller.add(new Json(JsonText.raw("0")));
                }
                if (text.length() > 1) {
                    String shorter = text.substring(0, text.length() - 1);
                    if (shorter.matches("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?")) {
                        smaller.add(new Json(JsonText.raw(shorter)));
                    }
                }
                return smaller;
            }
            if (node.isContainerNode() && !node.isEmpty()) {
                return List.of(new Json(node.isArray()
                        ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode()
                        : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()));
            }
            return List.of();
        }

        @Override
        public String toString() {
            return abbreviate(JsonText.write(node));
        }
    }

    /** A string: a JSON string in a body, a header's value, a query or path value (percent-encoded when sent). */
    record Text(String text) implements Value {
        @Override
        public List<Value> shrink() {
            return shorter(text).stream().<Value>map(Text::new).toList();
        }

        @Override
        public String toString() {
            return abbreviate(JsonText.string(text));
        }
    }

    /** A query or path value sent as it is, percent-escapes included ({@code %00}, {@code %C3%28}). */
    record Encoded(String raw) implements Value {
        @Override
        public List<Value> shrink() {
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < raw.length();) {
                int end = raw.charAt(i) == '%' && i + 3 <= raw.length() ? i + 3 : i + 1;
                tokens.add(raw.substring(i, end));
                i = end;
            }
            return shorterLists(tokens).stream().<Value>map(list -> new Encoded(String.join("", list))).toList();
        }

        @Override
        public String toString() {
            return abbreviate(raw) + " (as sent)";
        }
    }

    /** No value: the field, header or body left out. */
    record Missing() implements Value {
        @Override
        public String toString() {
            return "(left out)";
        }
    }

    /** A field the request does not have, added to the object at the place. */
    record Field(String name, Value value) implements Value {
        @Override
        public List<Value> shrink() {
            return value.shrink().stream().<Value>map(smaller -> new Field(name, smaller)).toList();
        }

        @Override
        public String toString() {
            return "+ " + JsonText.string(name) + ": " + value;
        }
    }

    /** Arrays nested {@code depth} deep in place of the value. */
    record Nested(int depth) implements Value {
        @Override
        public List<Value> shrink() {
            return depth > 1 ? List.of(new Nested(depth / 2), new Nested(depth - 1)) : List.of();
        }

        @Override
        public String toString() {
            return "[".repeat(Math.min(depth, 3)) + "… " + depth + " arrays deep";
        }
    }

    /** The whole body, as bytes, with its content type; {@code cut} bodies shrink by keeping less of their start. */
    record Bytes(String contentType, byte[] bytes, boolean cut) implements Value {
        @Override
        public List<Value> shrink() {
            if (!cut || bytes.length < 2) {
                return List.of();
            }
            List<Value> smaller = new ArrayList<>();
            smaller.add(new Bytes(contentType, Arrays.copyOf(bytes, bytes.length / 2), true));
            for (int cut = bytes.length / 4; cut >= 1; cut /= 2) {
                smaller.add(new Bytes(contentType, Arrays.copyOf(bytes, bytes.length - cut), true));
            }
            return smaller;
        }

        @Override
        public String toString() {
            String start = new String(bytes, 0, Math.min(bytes.length, 60), StandardCharsets.ISO_8859_1);
            return "%,d bytes of %s: %s".formatted(bytes.length, contentType, abbreviate(JsonText.string(start)));
        }
    }

    /** The same mutation with smaller values. */
    List<Mutation> shrink() {
        return value.shrink().stream().map(smaller -> new Mutation(kind, place, smaller)).toList();
    }

    @Override
    public String toString() {
        return kind + ": " + place + " = " + value;
    }

    /**
     * Halves first, then shorter prefixes (a quarter less, an eighth less, ... one less: a length bound is found to
     * the character), chunks left out, and (when short) each character left out.
     */
    static List<String> shorter(String text) {
        List<String> characters = text.codePoints().mapToObj(Character::toString).collect(Collectors.toList());
        return shorterLists(characters).stream().map(list -> String.join("", list)).toList();
    }

    private static List<List<String>> shorterLists(List<String> items) {
        List<List<String>> smaller = new ArrayList<>();
        int size = items.size();
        if (size == 0) {
            return smaller;
        }
        if (size > 1) {
            smaller.add(items.subList(0, size / 2));
            smaller.add(items.subList(size / 2, size));
            for (int cut = size / 4; cut >= 1; cut /= 2) {
                smaller.add(items.subList(0, size - cut));
            }
            for (int chunk = size / 4; chunk >= 1 && size / chunk <= 16; chunk /= 2) {
                for (int start = 0; start + chunk <= size; start += chunk) {
                    List<String> rest = new ArrayList<>(items.subList(0, start));
                    rest.addAll(items.subList(start + chunk, size));
                    smaller.add(rest);
                }
            }
        }
        if (size <= 16) {
            for (int i = 0; i < size; i++) {
                List<String> rest = new ArrayList<>(items);
                rest.remove(i);
                smaller.add(rest);
            }
        }
        return smaller;
    }

    static String abbreviate(String text) {
        return text.length() <= 120
                ? text
                : text.substring(0, 80) + "…(" + "%,d".formatted(text.length()) + " characters)…"
                        + text.substring(text.length() - 20);
    }
}
