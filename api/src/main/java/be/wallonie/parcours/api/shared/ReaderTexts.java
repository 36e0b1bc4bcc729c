package be.wallonie.parcours.api.shared;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;

import be.wallonie.parcours.api.problem.Messages;
import be.wallonie.parcours.api.problem.RouteProblems;
import be.wallonie.parcours.domain.convention.ConventionGround;
import be.wallonie.parcours.domain.convention.SystemMotive;
import be.wallonie.parcours.domain.reception.CefrLevel;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/**
 * What the server writes for a person to read, in the language of the request's {@code Accept-Language} (French by
 * default), from the messages: never an enum name, an id or the domain's English (ADR 0032).
 */
@RequestScoped
public class ReaderTexts {

    private final CurrentVertxRequest request;
    private Locale locale;

    ReaderTexts(CurrentVertxRequest request) {
        this.request = request;
    }

    /** The reader's language. */
    public Locale locale() {
        if (locale == null) {
            locale = request.getCurrent() == null ? Locale.FRENCH : RouteProblems.locale(request.getCurrent());
        }
        return locale;
    }

    /** The message {@code key} with its named arguments, each worded for the reader (an enum by its label). */
    public String text(String key, Map<String, ?> arguments) {
        return Messages.named(locale(), key, arguments);
    }

    /** Why the reception module calls for an axis. */
    public String ground(ConventionGround ground) {
        return text("conventionGround." + ground.code().name(), ground.parameters());
    }

    /**
     * A motive as recorded: worded for the reader when Parcours wrote it ({@link SystemMotive}), as written when a
     * person did.
     */
    public String motive(String recorded) {
        return SystemMotive.recognise(recorded)
                .map(recognised -> {
                    Map<String, Object> arguments = new LinkedHashMap<>();
                    recognised.arguments().forEach((name, value) -> arguments.put(name, level(value)));
                    return text("systemMotive." + recognised.motive().name(), arguments);
                })
                .orElse(recorded);
    }

    private static Object level(String value) {
        try {
            return CefrLevel.valueOf(value);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }
}
