package be.wallonie.parcours.domain.convention;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The motives Parcours writes itself on a convention's version or on the timeline (not a person's words): kept as the
 * English sentence the record has always held, and recognised back as a code with its named arguments, so that the API
 * words it in the reader's language (ADR 0032).
 */
public enum SystemMotive {
    /** The first version: proposed from the reception module. */
    PROPOSAL("Proposal from the reception module"),
    /** A part of the reception module was recorded again before the signature. */
    PROPOSAL_REVISED("proposal revised"),
    /** A certificate of French at the level that completes the axis removed the French axis. */
    FRENCH_CERTIFICATE("Certificate of French at level {level} ({minimumLevel} or above): the French axis is no longer "
            + "required");

    private static final Pattern ARGUMENT = Pattern.compile("\\{([a-zA-Z]+)}");

    private final String template;

    SystemMotive(String template) {
        this.template = template;
    }

    /** The sentence as recorded, its arguments filled in. */
    public String recorded(Map<String, ?> arguments) {
        String text = template;
        for (Map.Entry<String, ?> argument : arguments.entrySet()) {
            text = text.replace("{" + argument.getKey() + "}", String.valueOf(argument.getValue()));
        }
        return text;
    }

    /** A recorded sentence recognised: the motive and its arguments as recorded (texts). */
    public record Recognised(SystemMotive motive, Map<String, String> arguments) {
    }

    /** The motive {@code recorded} is, when Parcours wrote it; empty for a person's words. */
    public static Optional<Recognised> recognise(String recorded) {
        if (recorded == null) {
            return Optional.empty();
        }
        for (SystemMotive motive : values()) {
            Matcher names = ARGUMENT.matcher(motive.template);
            List<String> order = names.results().map(result -> result.group(1)).toList();
            String regex = ARGUMENT.splitAsStream(motive.template).map(Pattern::quote)
                    .reduce((left, right) -> left + "([A-Za-z0-9_]+)" + right).orElse("");
            if (motive.template.endsWith("}")) {
                regex += "([A-Za-z0-9_]+)";
            }
            Matcher matcher = Pattern.compile(regex).matcher(recorded);
            if (matcher.matches()) {
                Map<String, String> arguments = new LinkedHashMap<>();
                for (int i = 0; i < order.size(); i++) {
                    arguments.put(order.get(i), matcher.group(i + 1));
                }
                return Optional.of(new Recognised(motive, arguments));
            }
        }
        return Optional.empty();
    }
}
