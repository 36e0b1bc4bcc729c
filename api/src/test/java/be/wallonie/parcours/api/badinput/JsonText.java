package be.wallonie.parcours.api.badinput;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.POJONode;

/**
 * Writes a JSON tree as the bad-input suite sends it: every character outside printable ASCII as a {@code \\uXXXX}
 * escape (so that a NUL or a lone surrogate reaches the server as the JSON text says it, not as a replacement
 * character of the UTF-8 encoder), and {@link Raw} values as they are (numbers no JSON library writes, such as
 * {@code 1e400}, or nesting too deep for a recursive writer).
 */
final class JsonText {

    /** A value written as it is. */
    record Raw(String text) {
    }

    private JsonText() {
    }

    static JsonNode raw(String text) {
        return new POJONode(new Raw(text));
    }

    static String write(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node instanceof POJONode pojo && pojo.getPojo() instanceof Raw raw) {
            out.append(raw.text());
        } else if (node.isObject()) {
            out.append('{');
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                string(field.getKey(), out);
                out.append(':');
                write(field.getValue(), out);
                if (fields.hasNext()) {
                    out.append(',');
                }
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(node.get(i), out);
            }
            out.append(']');
        } else if (node.isTextual()) {
            string(node.textValue(), out);
        } else {
            out.append(node.toString());
        }
    }

    static String string(String value) {
        StringBuilder out = new StringBuilder();
        string(value, out);
        return out.toString();
    }

    private static void string(String value, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
