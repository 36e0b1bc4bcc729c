package be.wallonie.parcours.api.badinput;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import be.wallonie.parcours.api.badinput.BadRequest.HttpCall;
import be.wallonie.parcours.api.badinput.Checks.Violation;
import be.wallonie.parcours.api.badinput.Sender.Answer;

/**
 * The property "no bad request breaks the API", checked on {@code requests} generated requests: the operations in
 * rounds (each round in an order drawn from the seed), each request drawn from its own seed ({@link #seedOf}), so
 * that request {@code i} of seed {@code s} is the same request in every run. Each distinct failure (operation, rule,
 * status) is shrunk to the smallest request that still breaks the same rule, then the run goes on: the report lists
 * every distinct failure, not only the first.
 */
final class BadInputRun {

    /**
     * How a run is drawn and what it checks ({@code only}: the indexes to replay, empty for all; {@code known}:
     * failures reported but tolerated, as {@code operation|rule|kind|status} with {@code *} for any).
     */
    record Settings(long seed, int requests, Set<String> skipped, boolean documentedStatuses, int shrinkBudget,
            Set<Long> only, int respendEvery, Set<String> known) {

        boolean tolerates(String key) {
            String[] parts = key.split(" \\| ");
            return known.stream().map(pattern -> pattern.split("\\|")).anyMatch(pattern -> {
                for (int i = 0; i < parts.length; i++) {
                    if (i < pattern.length && !pattern[i].strip().equals("*")
                            && !pattern[i].strip().equals(parts[i])) {
                        return false;
                    }
                }
                return true;
            });
        }
    }

    /** A distinct failure: its first occurrence, shrunk, and how often it happened. */
    static final class Failure {
        final String key;
        final long index;
        final BadRequest original;
        final Violation originalViolation;
        /** The failure of the same rule, kind and status on another operation, shrunk there; null if this one is. */
        Failure sameAs;
        BadRequest shrunk;
        Violation shrunkViolation;
        HttpCall shrunkCall;
        Answer shrunkAnswer;
        int shrinkSteps;
        int occurrences = 1;
        /** A known failure, tolerated by {@code -Dbadinput.known} until it is fixed. */
        boolean tolerated;

        Failure(String key, long index, BadRequest original, Violation violation) {
            this.key = key;
            this.index = index;
            this.original = original;
            this.originalViolation = violation;
        }
    }

    /** What a run did. */
    static final class Result {
        final Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
        final Map<String, Integer> kinds = new TreeMap<>();
        final Map<String, Failure> failures = new LinkedHashMap<>();
        final List<String> operations = new ArrayList<>();
        /** Each operation's valid request, sent once before the run: its status and, when refused, its answer. */
        final Map<String, String> bases = new TreeMap<>();
        long sent;
        long unsent;
        long shrinkRequests;
        long millis;
        long checksumNanos;
        long fullChecksums;
        long sendNanos;
        long recordNanos;
        int recordsBuilt;
        int tokens;

        List<Failure> untolerated() {
            return failures.values().stream().filter(failure -> !failure.tolerated).toList();
        }

        long failureCount() {
            return untolerated().stream().mapToLong(failure -> failure.occurrences).sum();
        }
    }

    private record Outcome(HttpCall call, Answer answer, List<Violation> violations) {
    }

    private final List<ApiOperation> operations;
    private final Targets targets;
    private final Records records;
    private final Callers callers;
    private final Sender sender;
    private final TableChecksums checksums;
    private final Checks checks;
    private final Settings settings;
    private final Result timing = new Result();
    private Map<String, String> current;
    private long currentClock;

    BadInputRun(List<ApiOperation> operations, Targets targets, Records records, Callers callers, Sender sender,
            TableChecksums checksums, Settings settings) {
        this.operations = operations;
        this.targets = targets;
        this.records = records;
        this.callers = callers;
        this.sender = sender;
        this.checksums = checksums;
        this.checks = new Checks(settings.documentedStatuses());
        this.settings = settings;
    }

    /** The seed of request {@code index} of the run of seed {@code seed} (SplitMix64). */
    static long seedOf(long seed, long index) {
        long z = seed + (index + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    Result run() {
        Result result = timing;
        operations.forEach(operation -> result.operations.add(operation.name()));
        long start = System.nanoTime();
        checkBases(result);
        Random order = new Random(settings.seed());
        List<ApiOperation> round = new ArrayList<>(operations);
        int size = round.size();
        long last = settings.only().isEmpty()
                ? Long.MAX_VALUE
                : settings.only().stream().mapToLong(Long::longValue).max().orElse(0);
        for (long index = 0; index <= last
                && (result.sent < settings.requests() || !settings.only().isEmpty()); index++) {
            if (index % size == 0) {
                Collections.shuffle(round, order);
            }
            if (!settings.only().isEmpty() && !settings.only().contains(index)) {
                continue;
            }
            ApiOperation operation = round.get((int) (index % size));
            BadRequest request = draw(operation, new Random(seedOf(settings.seed(), index)));
            Outcome outcome = attempt(request);
            if (outcome.answer().unsent()) {
                result.unsent++;
                continue;
            }
            result.sent++;
            if (result.sent % 10_000 == 0) {
                System.out.printf("Bad input: %,d requests sent, %d distinct failures, %.0f s%n", result.sent,
                        result.untolerated().size(), (System.nanoTime() - start) / 1e9);
            }
            result.kinds.merge(request.mutation().kind(), 1, Integer::sum);
            result.statuses.computeIfAbsent(operation.name(), name -> new TreeMap<>())
                    .merge(outcome.answer().status(), 1, Integer::sum);
            for (Violation violation : outcome.violations()) {
                String key = operation.name() + " | " + violation.check() + " | " + request.mutation().kind()
                        + " | " + outcome.answer().status();
                Failure known = result.failures.get(key);
                if (known != null) {
                    known.occurrences++;
                    continue;
                }
                Failure failure = new Failure(key, index, request, violation);
                failure.tolerated = settings.tolerates(key);
                result.failures.put(key, failure);
                String sort = key.substring(key.indexOf(" | "));
                failure.sameAs = result.failures.values().stream()
                        .filter(other -> other != failure && other.sameAs == null && other.key.endsWith(sort))
                        .findFirst().orElse(null);
                if (failure.sameAs == null) {
                    result.shrinkRequests += shrink(failure, outcome);
                } else {
                    failure.shrunk = request;
                    failure.shrunkViolation = violation;
                    failure.shrunkCall = outcome.call();
                    failure.shrunkAnswer = outcome.answer();
                }
            }
        }
        result.millis = (System.nanoTime() - start) / 1_000_000;
        result.recordsBuilt = records.built();
        result.tokens = callers.obtained();
        return result;
    }

    /**
     * Sends each operation's valid request as it is, once: it should be accepted, or the bad requests made from it
     * differ from a valid one in more than one place (the report lists those refused).
     */
    private void checkBases(Result result) {
        for (ApiOperation operation : operations) {
            BadRequest request = draw(operation, new Random(settings.seed()));
            request = new BadRequest(operation, request.mediaType(), request.example(), Mutation.NONE, null,
                    Set.of());
            Outcome outcome = attempt(request);
            Answer answer = outcome.answer();
            result.bases.put(operation.name(), answer.status() < 400
                    ? Integer.toString(answer.status())
                    : answer.status() + " " + Mutation.abbreviate(new String(answer.body(),
                            java.nio.charset.StandardCharsets.UTF_8)));
            Targets.spentSlot(operation).ifPresent(records::spendNow);
        }
    }

    /** The request number {@code index} draws: one of the operation's examples, a language, a mutation. */
    private BadRequest draw(ApiOperation operation, Random random) {
        List<String> types = new ArrayList<>();
        operation.bodies().forEach((type, examples) -> {
            if (!examples.isEmpty()) {
                types.add(type);
            }
        });
        String type = types.isEmpty() ? null : types.get(random.nextInt(types.size()));
        String example = null;
        if (type != null) {
            List<String> names = new ArrayList<>(operation.bodies().get(type).keySet());
            example = names.get(random.nextInt(names.size()));
        }
        String language = Mutations.language(random);
        boolean isCsv = type != null && type.startsWith("text/csv");
        JsonNode body = example(operation, type, example);
        Mutation mutation = new Mutations(isCsv, settings.skipped()).draw(operation, body, random);
        return new BadRequest(operation, type, example, mutation, language, Set.of());
    }

    private static JsonNode example(ApiOperation operation, String type, String name) {
        if (type == null) {
            return null;
        }
        JsonNode example = operation.bodies().get(type).get(name);
        return type.startsWith("text/csv") ? BadRequest.Csv.read(example.asText()) : example;
    }

    /** Sends the request on its operation's record and checks the answer. */
    private Outcome attempt(BadRequest request) {
        ApiOperation operation = request.operation();
        long started = System.nanoTime();
        Targets.Base base = targets.base(operation, example(operation, request.mediaType(), request.example()));
        String etag = base.slot() == null ? null : records.etag(base.slot());
        String token = callers.token(base.caller());
        HttpCall call = request.render(base, token, etag);
        if (base.slot() != null) {
            records.use(base.slot());
        }
        long rendered = System.nanoTime();
        timing.recordNanos += rendered - started;
        long clock = checksums.clock();
        if (current == null || clock != currentClock) {
            timing.fullChecksums++;
            current = checksums.now();
            currentClock = clock;
        }
        long sending = System.nanoTime();
        timing.checksumNanos += sending - rendered;
        Answer answer = sender.send(call);
        long answered = System.nanoTime();
        timing.sendNanos += answered - sending;
        if (answer.unsent()) {
            return new Outcome(call, answer, List.of());
        }
        Set<String> changed = Set.of();
        long clockAfter = checksums.clock();
        if (clockAfter != currentClock && answer.refused()) {
            timing.fullChecksums++;
            Map<String, String> after = checksums.now();
            changed = TableChecksums.changed(current, after);
            current = after;
            currentClock = clockAfter;
        }
        timing.checksumNanos += System.nanoTime() - answered;
        if (base.slot() != null) {
            boolean ifMatchChanged = request.mutation().place() instanceof Mutation.Header header
                    && header.name().equals("If-Match");
            if (!answer.refused() && !operation.isSafe()) {
                if (base.spends()) {
                    records.spend(base.slot());
                } else {
                    records.forgetEtag(base.slot());
                }
            } else if (answer.status() == 412 && !ifMatchChanged) {
                records.forgetEtag(base.slot());
            }
        }
        return new Outcome(call, answer, checks.of(operation, call, answer, changed));
    }

    /** Shrinks the failure to the smallest request that still breaks the same rule; answers the requests it sent. */
    private int shrink(Failure failure, Outcome first) {
        BadRequest smallest = failure.original;
        Outcome last = first;
        Violation violation = failure.originalViolation;
        int attempts = 0;
        boolean progress = true;
        while (progress && attempts < settings.shrinkBudget()) {
            progress = false;
            JsonNode body = example(smallest.operation(), smallest.mediaType(), smallest.example());
            for (BadRequest candidate : smallest.shrink(body)) {
                if (attempts++ >= settings.shrinkBudget()) {
                    break;
                }
                Outcome outcome = attempt(candidate);
                Violation same = outcome.violations().stream()
                        .filter(found -> found.check().equals(failure.originalViolation.check())).findFirst()
                        .orElse(null);
                if (same != null && outcome.answer().status() == first.answer().status()) {
                    smallest = candidate;
                    last = outcome;
                    violation = same;
                    failure.shrinkSteps++;
                    progress = true;
                    break;
                }
            }
        }
        failure.shrunk = smallest;
        failure.shrunkViolation = violation;
        failure.shrunkCall = last.call();
        failure.shrunkAnswer = last.answer();
        return attempts;
    }
}
