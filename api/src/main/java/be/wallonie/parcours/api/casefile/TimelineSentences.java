package be.wallonie.parcours.api.casefile;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.RequestScoped;

import be.wallonie.parcours.api.shared.ReaderTexts;
import be.wallonie.parcours.domain.casefile.CaseFileEvent;
import be.wallonie.parcours.domain.casefile.ClosureReason;
import be.wallonie.parcours.domain.casefile.Participation;
import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.obligation.ObligationStatus;
import be.wallonie.parcours.domain.operator.Operator;
import be.wallonie.parcours.domain.operator.OperatorRepository;
import be.wallonie.parcours.domain.reception.CefrLevel;
import be.wallonie.parcours.domain.reception.FrenchTestWaiver;
import be.wallonie.parcours.domain.reception.SessionFormat;
import be.wallonie.parcours.domain.territory.Cri;
import be.wallonie.parcours.domain.territory.TerritoryRepository;

/**
 * A timeline entry as a sentence in the reader's language (ADR 0032): « Inscription en français chez Espace Citoyen
 * Liège », never {@code axis=FRENCH, operator=ILI-LIEGE, enrolment=…}. The entry's detail is read as its named
 * arguments: an axis, a level, a reason by its label, an operator and a CRI by their names; ids are left out.
 */
@RequestScoped
public class TimelineSentences {

    /** {@code name=value} pairs, a value being a bracketed list ({@code axes=[RECEPTION, CITIZENSHIP]}) or a word. */
    private static final Pattern PAIR = Pattern.compile("(\\w+)=(\\[[^\\]]*\\]|[^,]*)");

    private final ReaderTexts texts;
    private final OperatorRepository operators;
    private final TerritoryRepository territory;
    private final Map<String, String> operatorNames = new HashMap<>();
    private final Map<String, String> criNames = new HashMap<>();

    TimelineSentences(ReaderTexts texts, OperatorRepository operators, TerritoryRepository territory) {
        this.texts = texts;
        this.operators = operators;
        this.territory = territory;
    }

    /** What happened, in one sentence. */
    public String sentence(CaseFileEvent event) {
        Map<String, Object> arguments = arguments(event.detail());
        arguments.put("date", event.occurredOn());
        String key = "timeline." + event.type().name();
        if (arguments.containsKey("grantedByCri")) {
            key += ".carriedOver";
        }
        return texts.text(key, arguments);
    }

    /** The reason as recorded: a motive Parcours wrote in the reader's language, a person's words as written. */
    public String reason(CaseFileEvent event) {
        return event.reason() == null ? null : texts.motive(event.reason());
    }

    /** The entry's detail as named arguments a sentence reads. */
    Map<String, Object> arguments(String detail) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        if (detail == null) {
            return arguments;
        }
        Matcher pairs = PAIR.matcher(detail);
        while (pairs.find()) {
            String name = pairs.group(1);
            String value = pairs.group(2).strip();
            Object argument = switch (name) {
                case "axis" -> constant(Axis.class, value);
                case "axes" -> list(value, text -> constant(Axis.class, text));
                case "participation" -> constant(Participation.class, value);
                case "status" -> constant(ObligationStatus.class, value);
                case "level" -> constant(CefrLevel.class, value);
                case "format" -> constant(SessionFormat.class, value);
                case "waiver" -> constant(FrenchTestWaiver.class, value);
                case "closureReason" -> constant(ClosureReason.class, value);
                case "operator" -> operatorName(value);
                case "toCri", "fromCri", "grantedByCri" -> criName(value);
                case "version" -> value;
                case "attestation" -> value;
                default -> null; // ids (enrolment, interview) and codes a reader has no use for
            };
            if (argument != null) {
                arguments.put(name, argument);
            }
        }
        return arguments;
    }

    private static <E extends Enum<E>> Object constant(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(value))
                .<Object>map(constant -> constant).findFirst().orElse(value);
    }

    private static List<Object> list(String value, Function<String, Object> element) {
        String inside = value.startsWith("[") && value.endsWith("]") ? value.substring(1, value.length() - 1) : value;
        return Arrays.stream(inside.split(",")).map(String::strip).filter(text -> !text.isEmpty()).map(element)
                .toList();
    }

    private String operatorName(String code) {
        return operatorNames.computeIfAbsent(code,
                known -> operators.findByCode(known).map(Operator::name).orElse(known));
    }

    private String criName(String code) {
        return criNames.computeIfAbsent(code, known -> territory.findCri(known).map(Cri::name).orElse(known));
    }
}
