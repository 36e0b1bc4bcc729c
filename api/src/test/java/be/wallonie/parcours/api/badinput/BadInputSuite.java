package be.wallonie.parcours.api.badinput;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import be.wallonie.parcours.api.badinput.BadInputRun.Result;
import be.wallonie.parcours.api.badinput.BadInputRun.Settings;

/**
 * What the suite's test and its benchmark share: the settings from system properties, the operations of the OpenAPI
 * document the running application serves, and a run that leaves the reference data as it found it.
 * <ul>
 * <li>{@code badinput.seed}: the seed (default: a new one each run, named in the report and in every failure);
 * <li>{@code badinput.requests}: how many requests to send;
 * <li>{@code badinput.skip}: kinds of mutation to leave out, comma-separated (see {@link Mutations#KINDS});
 * <li>{@code badinput.documentedStatuses}: require each status to be one the operation documents (on; {@code false}
 * records them only);
 * <li>{@code badinput.known}: failures to report but tolerate while they are being fixed, comma-separated, each
 * {@code operation|rule|kind|status} with {@code *} for any part (e.g.
 * {@code POST /api/v1/auth/token|5xx|wrong-content-type|*});
 * <li>{@code badinput.only}: replay only these request indexes of the seed (comma-separated);
 * <li>{@code badinput.shrinkBudget}: at most so many requests to shrink one failure (150);
 * <li>{@code badinput.respendEvery}: a record changed by an accepted request is made again after serving at least so
 * many requests (8 in the suite, 25 in the benchmark).
 * </ul>
 */
final class BadInputSuite {

    private BadInputSuite() {
    }

    static Settings settings(int defaultRequests, int defaultRespendEvery) {
        Long seed = Long.getLong("badinput.seed");
        Set<String> skipped = split("badinput.skip");
        Set<String> unknown = skipped.stream().filter(kind -> !Mutations.KINDS.contains(kind))
                .collect(Collectors.toSet());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(
                    "badinput.skip: no such kind " + unknown + "; kinds: " + Mutations.KINDS);
        }
        return new Settings(seed != null ? seed : new SecureRandom().nextLong(),
                Integer.getInteger("badinput.requests", defaultRequests), skipped,
                !"false".equals(System.getProperty("badinput.documentedStatuses")),
                Integer.getInteger("badinput.shrinkBudget", 150),
                split("badinput.only").stream().map(Long::valueOf).collect(Collectors.toSet()),
                Integer.getInteger("badinput.respendEvery", defaultRespendEvery), split("badinput.known"));
    }

    /** The system properties that reproduce the run. */
    static String reproduce(Settings settings) {
        StringBuilder properties = new StringBuilder(" -Dbadinput.seed=" + settings.seed() + " -Dbadinput.requests="
                + settings.requests());
        if (!settings.skipped().isEmpty()) {
            properties.append(" -Dbadinput.skip=").append(String.join(",", settings.skipped()));
        }
        if (!settings.documentedStatuses()) {
            properties.append(" -Dbadinput.documentedStatuses=false");
        }
        if (!settings.known().isEmpty()) {
            properties.append(" '-Dbadinput.known=").append(String.join(",", settings.known())).append('\'');
        }
        return properties.toString();
    }

    private static Set<String> split(String property) {
        return Arrays.stream(System.getProperty(property, "").split(",")).map(String::strip)
                .filter(value -> !value.isEmpty()).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** The operations of the document the running application serves. */
    static List<ApiOperation> operations() {
        try {
            JsonNode document = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi")
                    .then().statusCode(200).extract().asString());
            return ApiOperation.allOf(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Result run(DataSource dataSource, String baseUrl, List<ApiOperation> operations, Settings settings) {
        ReferenceData reference = ReferenceData.read();
        Records records = new Records(settings.respendEvery());
        Result result;
        try {
            result = new BadInputRun(operations, new Targets(records), records, new Callers(), new Sender(baseUrl),
                    new TableChecksums(dataSource), settings).run();
        } catch (RuntimeException | Error e) {
            try {
                reference.restore();
            } catch (RuntimeException alsoFailed) {
                e.addSuppressed(alsoFailed);
            }
            throw e;
        }
        reference.restore();
        return result;
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
