package be.wallonie.parcours.api.observability;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import org.jboss.logmanager.ExtFormatter;
import org.jboss.logmanager.ExtLogRecord;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * One log record as one line of JSON: {@code timestamp} (ISO-8601, UTC), {@code level}, {@code loggerName},
 * {@code message}, {@code threadName}, {@code mdc} (the logging context: {@code requestId}, and {@code traceId} /
 * {@code spanId} when traces are on), {@code exception} (the stack trace, when there is one), {@code service}.
 * <p>
 * Written with Jackson's generator, which the application ships: JBoss LogManager's own {@code JsonFormatter} needs
 * Jakarta JSON on the class path of the log manager itself, which the packaged application does not give it (the log
 * manager is loaded before the application's libraries).
 */
final class JsonLogFormatter extends ExtFormatter {

    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public String format(ExtLogRecord record) {
        StringWriter line = new StringWriter(256);
        try (JsonGenerator json = JSON.createGenerator(line)) {
            json.writeStartObject();
            json.writeStringField("timestamp", Instant.ofEpochMilli(record.getMillis()).toString());
            json.writeStringField("level", record.getLevel().getName());
            json.writeStringField("loggerName", record.getLoggerName());
            json.writeStringField("message", record.getFormattedMessage());
            json.writeStringField("threadName", record.getThreadName());
            Map<String, String> mdc = new TreeMap<>(record.getMdcCopy());
            if (!mdc.isEmpty()) {
                json.writeObjectFieldStart("mdc");
                for (Map.Entry<String, String> entry : mdc.entrySet()) {
                    json.writeStringField(entry.getKey(), entry.getValue());
                }
                json.writeEndObject();
            }
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                json.writeStringField("exception", trace.toString());
            }
            json.writeStringField("service", "parcours");
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return line.append('\n').toString();
    }
}
