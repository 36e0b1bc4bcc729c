package be.wallonie.parcours.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import be.wallonie.parcours.api.attendance.AttendanceImportService;
import be.wallonie.parcours.domain.access.Role;
import be.wallonie.parcours.domain.attendance.AttendanceRefusedException;
import be.wallonie.parcours.domain.casefile.CaseFileState;
import be.wallonie.parcours.domain.casefile.IllegalTransitionException;
import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.convention.ConventionStatus;
import be.wallonie.parcours.domain.operator.EnrolmentStatus;
import be.wallonie.parcours.domain.person.DuplicatePersonException;
import be.wallonie.parcours.domain.reception.CefrLevel;
import be.wallonie.parcours.domain.shared.DomainException;
import be.wallonie.parcours.domain.shared.Refusal;
import be.wallonie.parcours.domain.shared.ViolationCode;

/**
 * Every text a client can read exists in French, Dutch, German and English, and reads in that language: every refusal
 * code of the domain (found by reflection, reason by reason), every violation code, every problem type, every message
 * key the API's sources name, every label of an enum constant a refusal names. No French, Dutch or German text names
 * an enum constant ({@code IN_PROGRESS}, {@code SOCIO_PROFESSIONAL}) or is left in English, and every text takes the
 * same arguments in every language.
 */
class MessagesCompletenessTest {

    private static final Map<String, Locale> LANGUAGES = new LinkedHashMap<>();
    static {
        LANGUAGES.put("messages", Locale.FRENCH);
        LANGUAGES.put("messages_nl", Locale.forLanguageTag("nl"));
        LANGUAGES.put("messages_de", Locale.GERMAN);
        LANGUAGES.put("messages_en", Locale.ENGLISH);
    }

    /** The enums whose constants refusals and messages name, each constant read through its label. */
    private static final List<Class<? extends Enum<?>>> LABELLED = List.of(Axis.class, CaseFileState.class,
            ConventionStatus.class, EnrolmentStatus.class, CefrLevel.class, Role.class);

    /**
     * Constants written alike in every language: acronyms of institutions. (Constants of one or two characters, such as
     * the CEFR levels A2 and the dispenses D1 to D8, are codes that every language writes alike too.)
     */
    private static final Set<String> WRITTEN_ALIKE = Set.of("CRI", "CPAS");

    /** Texts that read the same in English and in another language, with the reason. */
    private static final Set<String> SAME_AS_ENGLISH = Set.of(
            // the hours of an axis: the same notation in French and English
            "messages:label.axisOutcome",
            // "Conflict" is Dutch too
            "messages_nl:problem.conflict.title",
            // the CPAS is the CPAS in French and in English (OCMW in Dutch, ÖSHZ in German)
            "messages:role.CPAS_CLIENT");

    /** String literals of the API's sources that look like message keys but are not. */
    private static final Set<String> NOT_KEYS = Set.of("attestation.html");

    private static final Path SOURCES = Path.of("src/main/java");

    private static final Pattern ARGUMENT = Pattern.compile("\\{([A-Za-z0-9]+)");

    private static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("be.wallonie.parcours.domain");

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesCompletenessTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Map<String, Properties> bundles() throws IOException {
        Map<String, Properties> bundles = new LinkedHashMap<>();
        for (String name : LANGUAGES.keySet()) {
            bundles.put(name, load(name));
        }
        return bundles;
    }

    /** Fails naming every key that a language lacks. */
    private static void everyLanguageHas(Set<String> keys) throws IOException {
        assertThat(keys).as("keys to check").isNotEmpty();
        for (var bundle : bundles().entrySet()) {
            assertThat(keys).as("keys without a text in %s", bundle.getKey())
                    .allSatisfy(key -> assertThat(bundle.getValue().getProperty(key)).as(key).isNotBlank());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages_nl", "messages_de", "messages_en"})
    void everyLanguageHasEveryFrenchMessage(String bundle) throws IOException {
        assertThat(load(bundle).stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages").stringPropertyNames());
    }

    @Test
    void everyRefusalCodeOfTheDomainHasATextInEveryLanguage() throws IOException {
        Set<String> keys = refusalExplanationCodes().stream().map(code -> "refusal." + code)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(keys).contains("refusal.CONVENTION.RECEPTION_NOT_READY", "refusal.ATTESTATION.AXES_UNFINISHED",
                "refusal.ENROLMENT_REFUSED.OPERATOR_NOT_RECOGNISED",
                "refusal.CASE_FILE_ILLEGAL_TRANSITION.ALREADY_IN_STATE");
        everyLanguageHas(keys);
    }

    @Test
    void everyRefusalOfTheDomainIsARefusalWithReasonsOrAKnownException() {
        Set<String> others = DOMAIN.stream()
                .filter(type -> type.isAssignableTo(DomainException.class) && !type.isAssignableTo(Refusal.class))
                .filter(type -> !type.getModifiers().contains(JavaModifier.ABSTRACT))
                .map(JavaClass::getSimpleName)
                .collect(Collectors.toSet());

        // a new kind of refusal is a Refusal with a nested Reason, or decides here how it is explained
        assertThat(others).containsExactlyInAnyOrder(IllegalTransitionException.class.getSimpleName(),
                DuplicatePersonException.class.getSimpleName());
    }

    @Test
    void everyViolationCodeHasATextInEveryLanguage() throws IOException {
        everyLanguageHas(Arrays.stream(ViolationCode.values()).map(code -> "violation." + code)
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void everyProblemTypeHasATitleAndADetailInEveryLanguage() throws IOException {
        everyLanguageHas(Arrays.stream(ProblemType.values())
                .flatMap(type -> Stream.of("problem." + type.key() + ".title", "problem." + type.key() + ".detail"))
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void everyMessageKeyTheApiNamesHasATextInEveryLanguage() throws IOException {
        Set<String> families = load("messages").stringPropertyNames().stream()
                .map(key -> key.substring(0, key.indexOf('.')))
                .collect(Collectors.toSet());
        Pattern literal = Pattern
                .compile("\"((?:" + String.join("|", families) + ")\\.[A-Za-z0-9_.-]*[A-Za-z0-9_-])\"");
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher found = literal.matcher(Files.readString(file));
                while (found.find()) {
                    named.add(found.group(1));
                }
            }
        }
        named.removeAll(NOT_KEYS);

        assertThat(named).contains("issue.required", "csv.import.rejected", "problem.malformed-json");
        everyLanguageHas(named);
    }

    @Test
    void everyRuleTheAttendanceImportChecksLineByLineHasATextInEveryLanguage() throws IOException {
        String checks = Files
                .readString(SOURCES.resolve("be/wallonie/parcours/api/attendance/PanacheAttendanceImports.java"));
        Set<String> keys = new TreeSet<>();
        Matcher reason = Pattern.compile("Reason\\.([A-Z_]+)").matcher(checks);
        while (reason.find()) {
            keys.add(AttendanceImportService
                    .lineRefusalKey(AttendanceRefusedException.Reason.valueOf(reason.group(1))));
        }

        assertThat(keys).contains("csv.refused.DAILY_MAXIMUM_EXCEEDED", "csv.refused.BEFORE_ENROLMENT_START");
        everyLanguageHas(keys);
    }

    @Test
    void everyConstantOfAnEnumThatMessagesNameHasALabelInEveryLanguage() throws IOException {
        Set<String> labels = new TreeSet<>();
        for (Class<? extends Enum<?>> type : LABELLED) {
            for (Enum<?> constant : type.getEnumConstants()) {
                labels.add(NamedArguments.labelKey(constant));
            }
        }

        assertThat(labels).contains("axis.SOCIO_PROFESSIONAL", "caseFileState.IN_PROGRESS");
        everyLanguageHas(labels);
    }

    @Test
    void noFrenchDutchOrGermanTextNamesAnEnumConstant() throws IOException {
        Set<String> constants = DOMAIN.stream()
                .filter(JavaClass::isEnum)
                .flatMap(type -> type.getEnumConstants().stream().map(constant -> constant.name()))
                .filter(name -> name.length() > 2 && !WRITTEN_ALIKE.contains(name))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(constants).contains("CITIZENSHIP", "FRENCH", "SOCIO_PROFESSIONAL", "IN_PROGRESS", "SUSPENDED");
        Pattern anyConstant = Pattern
                .compile("(?<![\\p{L}\\p{N}_])(" + String.join("|", constants) + ")(?![\\p{L}\\p{N}_])");

        for (var bundle : bundles().entrySet()) {
            if (bundle.getKey().equals("messages_en")) {
                continue;
            }
            Properties texts = bundle.getValue();
            assertThat(texts.stringPropertyNames()).as("texts of %s naming an enum constant", bundle.getKey())
                    .filteredOn(key -> anyConstant.matcher(texts.getProperty(key)).find())
                    .map(key -> key + " names " + anyConstant.matcher(texts.getProperty(key)).results()
                            .map(MatchResult::group).toList())
                    .isEmpty();
        }
    }

    @Test
    void noFrenchDutchOrGermanTextIsLeftInEnglish() throws IOException {
        Map<String, Properties> bundles = bundles();
        Properties english = bundles.get("messages_en");
        for (var bundle : bundles.entrySet()) {
            if (bundle.getKey().equals("messages_en")) {
                continue;
            }
            Properties texts = bundle.getValue();
            assertThat(texts.stringPropertyNames()).as("texts of %s that are the English ones", bundle.getKey())
                    .filteredOn(key -> texts.getProperty(key).equals(english.getProperty(key)))
                    .filteredOn(key -> !key.startsWith("cefrLevel."))
                    .filteredOn(key -> !SAME_AS_ENGLISH.contains(bundle.getKey() + ":" + key))
                    .isEmpty();
        }
    }

    @Test
    void everyTextTakesTheSameArgumentsInEveryLanguage() throws IOException {
        Map<String, Properties> bundles = bundles();
        Properties french = bundles.get("messages");
        List<String> differing = new ArrayList<>();
        for (String key : french.stringPropertyNames()) {
            Set<String> expected = arguments(french.getProperty(key));
            bundles.forEach((name, texts) -> {
                if (!arguments(texts.getProperty(key, "")).equals(expected)) {
                    differing.add(name + ":" + key);
                }
            });
        }

        assertThat(differing).as("texts whose arguments differ from the French text's").isEmpty();
    }

    @Test
    void everyTextOfARefusalOrAViolationRendersWithoutALeftoverPlaceholder() throws IOException {
        for (Locale locale : LANGUAGES.values()) {
            for (String key : load("messages").stringPropertyNames()) {
                if (key.startsWith("refusal.") || key.startsWith("violation.") || key.startsWith("label.")) {
                    assertThat(Messages.named(locale, key, Map.of())).as("%s in %s", key, locale)
                            .doesNotContain("{", "}").isNotBlank();
                }
            }
        }
    }

    private static Set<String> arguments(String text) {
        Set<String> names = new HashSet<>();
        Matcher argument = ARGUMENT.matcher(text);
        while (argument.find()) {
            names.add(argument.group(1));
        }
        return names;
    }

    /**
     * The explanation code of every refusal the domain can throw: each {@link Refusal} subclass with each constant of
     * its nested {@code Reason} enum, built as the domain builds it; each reason of an illegal transition.
     */
    private static List<String> refusalExplanationCodes() {
        List<String> codes = new ArrayList<>();
        List<JavaClass> refusals = DOMAIN.stream()
                .filter(type -> type.isAssignableTo(Refusal.class))
                .filter(type -> !type.getModifiers().contains(JavaModifier.ABSTRACT))
                .toList();
        assertThat(refusals).extracting(JavaClass::getSimpleName).contains("ConventionException",
                "EnrolmentRefusedException", "AttestationException", "CaseFileException",
                "AttendanceRefusedException", "AccountRefusedException");
        for (JavaClass refusal : refusals) {
            codes.addAll(codesOf(refusal.reflect()));
        }
        for (IllegalTransitionException.Reason reason : IllegalTransitionException.Reason.values()) {
            codes.add(new IllegalTransitionException(CaseFileState.OPENED, CaseFileState.RECEPTION, reason)
                    .explanationCode());
        }
        return codes;
    }

    private static List<String> codesOf(Class<?> refusal) {
        Class<?> reasons = Arrays.stream(refusal.getDeclaredClasses())
                .filter(nested -> nested.isEnum() && nested.getSimpleName().equals("Reason"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(refusal.getSimpleName() + " declares no nested Reason enum"));
        List<String> codes = new ArrayList<>();
        for (Object reason : reasons.getEnumConstants()) {
            try {
                codes.add(((Refusal) refusal.getConstructor(reasons, String.class).newInstance(reason, "")).code());
            } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
                    | InvocationTargetException e) {
                throw new AssertionError(refusal.getSimpleName() + " has no constructor (Reason, String)", e);
            }
        }
        return codes;
    }
}
