package be.wallonie.parcours.api.problem;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;

/**
 * The text of a Bean Validation violation, from the API's own bundles and in the language of the rest of the problem
 * ({@link Messages#negotiate}): a bound says what is allowed ({@code doit compter au plus 2000 caractères}), a pattern
 * what the code looks like when its annotation names a key of the bundles ({@code message = "{issue.cri-code}"}). A
 * constraint the API does not use falls back to Hibernate Validator's own text, localised by {@code quarkus.locales}.
 */
final class ConstraintMessages {

    /** A message template that is a key of the API's bundles: {@code {issue.cri-code}}. */
    private static final Pattern OWN_KEY = Pattern.compile("\\{((?:issue|violation)\\.[A-Za-z0-9._-]+)}");

    private ConstraintMessages() {
    }

    /** Whether the violation's text names what the value looks like (a key of the bundles), not only a bound. */
    static boolean isSpecific(ConstraintViolation<?> violation) {
        return OWN_KEY.matcher(violation.getMessageTemplate()).matches();
    }

    static String of(Locale locale, ConstraintViolation<?> violation) {
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        Matcher own = OWN_KEY.matcher(violation.getMessageTemplate());
        if (own.matches()) {
            return Messages.get(locale, own.group(1), attributes.get("max"));
        }
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> Messages.get(locale, "issue.required");
            case "Size" -> size(locale, violation.getInvalidValue(), attributes);
            case "Min", "Max" -> Messages.get(locale, "constraint." + constraint.toLowerCase(Locale.ROOT),
                    attributes.get("value"));
            case "DecimalMin" -> Messages.get(locale, Boolean.TRUE.equals(attributes.get("inclusive"))
                    ? "constraint.min"
                    : "constraint.more-than", attributes.get("value"));
            case "DecimalMax" -> Messages.get(locale, Boolean.TRUE.equals(attributes.get("inclusive"))
                    ? "constraint.max"
                    : "constraint.less-than", attributes.get("value"));
            case "Pattern" -> Messages.get(locale, "constraint.pattern");
            default -> violation.getMessage();
        };
    }

    private static String size(Locale locale, Object value, Map<String, Object> attributes) {
        boolean items = value instanceof Collection<?> || value instanceof Map<?, ?>
                || value != null && value.getClass().isArray();
        int min = (Integer) attributes.get("min");
        Object max = attributes.get("max");
        if (min == 0) {
            return Messages.get(locale, items ? "constraint.size.items" : "issue.too-long", max);
        }
        return Messages.get(locale, items ? "constraint.size.items-between" : "constraint.size.text-between", min,
                max);
    }
}
