package be.wallonie.parcours.api.infrastructure;

import be.wallonie.parcours.api.problem.ForbiddenCharacterException;
import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Every string read from a JSON body, in an object, a record, a list or a map (keys too), is refused when it holds
 * U+0000 or an unpaired surrogate ({@link ForbiddenCharacterException}, a 400 naming the field): PostgreSQL refuses the
 * first, no UTF-8 encodes the second, and either would otherwise fail as a 500 when it is stored or searched.
 */
@Singleton
public class JsonStrings implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("parcours-strings")
                .addDeserializer(String.class, new CheckedStrings())
                .addKeyDeserializer(String.class, new CheckedKeys()));
    }

    /** Whether {@code text} can be stored: no U+0000, every surrogate in a pair. */
    public static boolean isStorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000' || Character.isLowSurrogate(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    private static String checked(String text, JsonParser parser) throws ForbiddenCharacterException {
        if (text != null && !isStorable(text)) {
            throw new ForbiddenCharacterException(parser);
        }
        return text;
    }

    /** Jackson's own reading of a string (with its coercions), then the check. */
    static final class CheckedStrings extends StdScalarDeserializer<String> {

        private static final long serialVersionUID = 1L;

        CheckedStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return checked(StringDeserializer.instance.deserialize(parser, context), parser);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public boolean isCachable() {
            return true;
        }

        @Override
        public Object getEmptyValue(DeserializationContext context) {
            return "";
        }
    }

    static final class CheckedKeys extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            return checked(key, context.getParser());
        }
    }
}
