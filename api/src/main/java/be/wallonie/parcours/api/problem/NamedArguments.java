package be.wallonie.parcours.api.problem;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import be.wallonie.parcours.domain.attestation.AxisOutcome;
import be.wallonie.parcours.domain.convention.Hours;

/**
 * The named arguments of the domain's refusals and violations (states, axes, hours, dates, codes) as a reader reads
 * them, and as a client program reads them.
 * <ul>
 * <li>In a text ({@link #text}): an enum constant by its label, {@code <enum>.<CONSTANT>} in the messages
 * ({@code axis.FRENCH=français}, {@code caseFileState.IN_PROGRESS=en formation}, the enum's simple name with a lower-case
 * first letter); a date in the locale's long format ({@code 12 mars 2026}); a number as a number, which the message
 * formats in the locale's way ({@code 7,5}); a collection as its elements joined by commas; an axis with its hours as
 * {@code label.axisOutcome}; anything else (a CRI or operator code, a field's path) as it is.</li>
 * <li>In the {@code parameters} of a problem ({@link #json}): an enum constant by its name, a date in ISO 8601, a number
 * as a number, a collection as an array, an axis with its hours as an object.</li>
 * </ul>
 */
final class NamedArguments {

    private static final String AXIS_OUTCOME = "label.axisOutcome";

    private NamedArguments() {
    }

    /** The value as a message reads it in {@code locale}: a {@link Number} stays a number, anything else a text. */
    static Object text(Locale locale, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Hours hours) {
            return hours.value();
        }
        if (value instanceof Number) {
            return value;
        }
        if (value instanceof Enum<?> constant) {
            return Messages.get(locale, labelKey(constant));
        }
        if (value instanceof LocalDate date) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
        }
        if (value instanceof AxisOutcome outcome) {
            return axisOutcome(locale, outcome);
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(element -> inText(locale, element)).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }

    /** The key of the label of an enum constant: {@code axis.FRENCH}, {@code caseFileState.IN_PROGRESS}. */
    static String labelKey(Enum<?> constant) {
        String type = constant.getDeclaringClass().getSimpleName();
        return Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + constant.name();
    }

    /** A value inside a text: a number formatted in the locale's way. */
    private static String inText(Locale locale, Object value) {
        Object text = text(locale, value);
        return text instanceof Number number ? NumberFormat.getInstance(locale).format(number) : (String) text;
    }

    private static String axisOutcome(Locale locale, AxisOutcome outcome) {
        if (outcome.hoursAttended() == null || outcome.knownEquivalence().isPresent()) {
            return inText(locale, outcome.axis());
        }
        return Messages.named(locale, AXIS_OUTCOME, Map.of("axis", outcome.axis(), "attended",
                outcome.hoursAttended(), "required", outcome.hoursRequired()));
    }

    /** The arguments as a client program reads them, in the problem's {@code parameters}; {@code null} when none. */
    static Map<String, Object> json(Map<String, ?> arguments) {
        if (arguments.isEmpty()) {
            return null;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        arguments.forEach((name, value) -> json.put(name, json(value)));
        return json;
    }

    private static Object json(Object value) {
        if (value instanceof Hours hours) {
            return json(hours.value());
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().scale() <= 0 ? decimal.setScale(0) : decimal.stripTrailingZeros();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof AxisOutcome outcome) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("axis", outcome.axis().name());
            if (outcome.hoursAttended() != null && outcome.knownEquivalence().isEmpty()) {
                json.put("hoursAttended", json(outcome.hoursAttended()));
                json.put("hoursRequired", json(outcome.hoursRequired()));
            }
            return json;
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(NamedArguments::json).toList();
        }
        return String.valueOf(value);
    }
}
