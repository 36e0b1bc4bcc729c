package be.wallonie.parcours.api.badinput;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import be.wallonie.parcours.api.badinput.BadInputRun.Failure;
import be.wallonie.parcours.api.badinput.BadInputRun.Result;
import be.wallonie.parcours.api.badinput.BadRequest.HttpCall;
import be.wallonie.parcours.api.badinput.Sender.Answer;

/** A run of the bad-input suite in words: the figures, every distinct failure shrunk, the statuses per operation. */
final class BadInputReport {

    private BadInputReport() {
    }

    static String of(String title, Result result, BadInputRun.Settings settings, List<ApiOperation> operations,
            String command) {
        Runtime runtime = Runtime.getRuntime();
        StringBuilder text = new StringBuilder("# " + title + "\n\n");
        text.append(
                """
                        %s, %d CPUs, max heap %d MiB. Seed **%d**. Reproduce with:

                        ```bash
                        %s
                        ```

                        | Figure | Value |
                        |---|---|
                        | Generated requests sent | %,d |
                        | Not sendable by the JDK's HTTP client (not counted) | %,d |
                        | Operations covered | %d of %d in the OpenAPI document |
                        | Requests sent while shrinking failures | %,d |
                        | Records made for the path parameters (a spent one is made again after %d requests) | %,d |
                        | Failures (distinct / occurrences) | **%d / %,d** |
                        | Known failures tolerated (`-Dbadinput.known`), distinct | %d |
                        | Duration | %.1f s (%.0f requests a second, each with the checksums of %s) |
                        | Time spent: answering / checksums (%,d full ones) / making records and reading ETags | %.1f s / %.1f s / %.1f s |
                        | Mutation kinds left out (`-Dbadinput.skip`) | %s |
                        | Statuses checked against the document (`-Dbadinput.documentedStatuses`) | %s |

                        """
                        .formatted(LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES), runtime.availableProcessors(),
                                runtime.maxMemory() >> 20, settings.seed(), command, result.sent, result.unsent,
                                result.statuses.size(), operations.size(), result.shrinkRequests,
                                settings.respendEvery(),
                                result.recordsBuilt,
                                result.untolerated().size(), result.failureCount(),
                                result.failures.size() - result.untolerated().size(),
                                result.millis / 1000.0,
                                (result.sent + result.shrinkRequests) * 1000.0 / Math.max(1, result.millis),
                                "every table",
                                result.fullChecksums, result.sendNanos / 1e9, result.checksumNanos / 1e9,
                                result.recordNanos / 1e9,
                                settings.skipped().isEmpty() ? "none" : String.join(", ", settings.skipped()),
                                settings.documentedStatuses() ? "yes" : "no (recorded only)"));
        text.append("## Failures\n\n");
        if (result.untolerated().isEmpty()) {
            text.append("None.\n\n");
        }
        for (Failure failure : result.untolerated()) {
            text.append(failure(failure, settings.seed())).append('\n');
        }
        if (!settings.known().isEmpty()) {
            text.append("## Known failures, tolerated\n\n`-Dbadinput.known=").append(String.join(",",
                    settings.known())).append("`\n\n");
            result.failures.values().stream().filter(failure -> failure.tolerated)
                    .forEach(failure -> text.append(failure(failure, settings.seed())).append('\n'));
        }
        long accepted = result.bases.values().stream().filter(status -> status.length() == 3).count();
        text.append("## Valid requests\n\nEach operation's valid request (its example made valid for its record), sent "
                + "once before the run: %d of %d accepted.%s%n%n".formatted(accepted, result.bases.size(),
                        accepted == result.bases.size() ? "" : " Refused:"));
        result.bases.forEach((operation, answer) -> {
            if (answer.length() != 3) {
                text.append("- `").append(operation).append("`: ").append(answer.replace("`", "'")).append('\n');
            }
        });
        text.append("\n## Statuses per operation\n\nA status the operation does not document is marked *.\n\n");
        text.append("| Operation | Requests | Statuses (requests) |\n|---|---|---|\n");
        for (ApiOperation operation : operations) {
            Map<Integer, Integer> statuses = result.statuses.getOrDefault(operation.name(), Map.of());
            text.append("| `%s` | %,d | %s |%n".formatted(operation.name(),
                    statuses.values().stream().mapToInt(Integer::intValue).sum(),
                    statuses.entrySet().stream().map(entry -> entry.getKey()
                            + (operation.documentedStatuses().contains(entry.getKey()) ? "" : "*") + " ("
                            + "%,d".formatted(entry.getValue()) + ")").collect(Collectors.joining(", "))));
        }
        text.append("\n## Mutations\n\n| Kind | Requests |\n|---|---|\n");
        result.kinds.forEach((kind, count) -> text.append("| `%s` | %,d |%n".formatted(kind, count)));
        return text.toString();
    }

    /** One failure: where, how often, the smallest request that still fails and its answer, the first one seen. */
    static String failure(Failure failure, long seed) {
        StringBuilder text = new StringBuilder();
        text.append("### `").append(failure.key).append("`\n\n");
        text.append(("%,d occurrence(s); first: request %d of seed %d (replay it alone with `-Dbadinput.seed=%d "
                + "-Dbadinput.only=%d`); %s.%n%n").formatted(failure.occurrences, failure.index, seed, seed,
                        failure.index, failure.sameAs == null
                                ? "shrunk in " + failure.shrinkSteps + " step(s)"
                                : "not shrunk: the same rule, kind and status as `" + failure.sameAs.key
                                        + "`, shrunk there"));
        text.append(failure.sameAs == null ? "- Shrunk request: " : "- Request: ").append(failure.shrunk)
                .append('\n');
        text.append("- Sent: `").append(call(failure.shrunkCall)).append("`\n");
        text.append("- Answer: ").append(answer(failure.shrunkAnswer)).append('\n');
        text.append("- Rule broken: ").append(failure.shrunkViolation.check()).append(" — ")
                .append(failure.shrunkViolation.seen()).append('\n');
        if (failure.sameAs == null) {
            text.append("- Original request: ").append(failure.original).append('\n');
        }
        return text.toString();
    }

    private static String call(HttpCall call) {
        StringBuilder text = new StringBuilder(call.method()).append(' ').append(Mutation.abbreviate(call.target()));
        call.headers().forEach((name, value) -> {
            if (!name.equals("Authorization")) {
                text.append(" | ").append(name).append(": ").append(Mutation.abbreviate(JsonText.string(value)));
            }
        });
        if (call.body() != null) {
            String body = new String(call.body(), 0, Math.min(call.body().length, 400), StandardCharsets.ISO_8859_1);
            text.append(" | body (%,d bytes): ".formatted(call.body().length)).append(Mutation.abbreviate(body));
        }
        return text.toString().replace("`", "'");
    }

    private static String answer(Answer answer) {
        if (answer.status() == 0) {
            return "none (" + answer.failure() + ")";
        }
        String body = new String(answer.body(), StandardCharsets.UTF_8);
        return "%d, %s, `%s`".formatted(answer.status(), answer.contentType().isEmpty()
                ? "no content type"
                : answer.contentType(), Mutation.abbreviate(JsonText.string(body)).replace("`", "'"));
    }
}
