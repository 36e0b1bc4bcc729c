package be.wallonie.parcours.api.observability;

import java.util.logging.Handler;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.handlers.ConsoleHandler;

import io.quarkus.runtime.StartupEvent;

/**
 * JSON log lines on the console when {@code parcours.log.json} is true (the default in production): one JSON object a
 * line ({@link JsonLogFormatter}), with the time, level, logger, thread, message, the exception if any, and the logging
 * context ({@code mdc}: {@code requestId}, and {@code traceId} / {@code spanId} when traces are on). The lines say what
 * the text lines say: identifiers, never personal data (docs/adr/0036-oci-image-and-observability.md).
 * <p>
 * Set on the console handler at start: {@code quarkus-logging-json} is not served at the platform's version. The lines
 * written before the start event (the migrations') are text.
 */
public class JsonLogs {

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE - 1) StartupEvent event,
            @ConfigProperty(name = "parcours.log.json", defaultValue = "false") boolean json) {
        if (json) {
            install(LogContext.getLogContext().getLogger("").getHandlers());
        }
    }

    /** The formatter of the JSON lines. */
    static JsonLogFormatter formatter() {
        return new JsonLogFormatter();
    }

    private static void install(Handler[] handlers) {
        for (Handler handler : handlers) {
            if (handler instanceof ConsoleHandler) {
                handler.setFormatter(formatter());
            }
            if (handler instanceof ExtHandler nested) {
                install(nested.getHandlers());
            }
        }
    }
}
