import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The crash-safety benchmark's client (run as a single-file program: java PostingClient.java ...), loopback only.
 *
 * <pre>
 * java PostingClient.java API_BASE TOKEN ENROLMENTS_FILE THREADS DURATION_S OUT_DIR USERNAME PASSWORD
 * </pre>
 *
 * THREADS trainers post a quarter hour each, one posting after the other, for DURATION_S seconds, each posting under a
 * new Idempotency-Key (its key also in the posting's note, so that the ledger tells which key recorded each entry).
 * A posting is sent again with the same key and the same body until it is answered 2xx: after Retry-After seconds on a
 * 503, after a second on a timeout (10 s), a connection error or any other answer. When the duration is over, the
 * postings under way are finished (at most GRACE_S, 120 s, more). ENROLMENTS_FILE holds one enrolment a line,
 * {@code id;firstDay}: posting g goes to enrolment g mod n, on day firstDay + g / (16 n), so a person's day never holds
 * more than 4 hours of them. A prober reads the readiness check and one enrolment, and signs USERNAME in, every
 * 250 ms meanwhile.
 * <p>
 * Writes to OUT_DIR: {@code acks.tsv} (key, entry id, status, replayed, attempts, first sent and acknowledged at, in
 * epoch ms), {@code events.tsv} (every answer that was not 2xx: at, key, outcome, latency ms, Retry-After, content
 * type, problem type), {@code probe.tsv} (at, readiness status, read status, probe ms, sign-in status) and {@code summary.txt} (key=value lines).
 */
public class PostingClient {

    private static final int PER_DAY = 16;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final long GRACE_MS = Long.getLong("grace.seconds", 120) * 1000;
    private static final Pattern ENTRY_ID = Pattern.compile("\"entry\"\\s*:\\s*\\{\\s*\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern PROBLEM_TYPE = Pattern.compile("\"type\"\\s*:\\s*\"([^\"]+)\"");

    record Enrolment(String id, java.time.LocalDate firstDay) {
    }

    record Ack(String key, String entryId, int status, boolean replayed, int attempts, long firstSent, long at) {
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String api;
    private final String token;
    private final String signIn;
    private final List<Enrolment> enrolments;
    private final AtomicLong next = new AtomicLong();
    private final List<Ack> acks = new ArrayList<>();
    private final List<String> events = new ArrayList<>();
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private final AtomicBoolean posting = new AtomicBoolean(true);
    private final AtomicBoolean probing = new AtomicBoolean(true);

    PostingClient(String api, String token, String signIn, List<Enrolment> enrolments) {
        this.api = api;
        this.token = token;
        this.signIn = signIn;
        this.enrolments = enrolments;
    }

    public static void main(String[] args) throws Exception {
        String api = args[0];
        String token = args[1];
        List<Enrolment> enrolments = Files.readAllLines(Path.of(args[2])).stream().filter(l -> !l.isBlank())
                .map(l -> l.split(";")).map(f -> new Enrolment(f[0], java.time.LocalDate.parse(f[1]))).toList();
        int threads = Integer.parseInt(args[3]);
        long durationMs = Long.parseLong(args[4]) * 1000;
        Path out = Path.of(args[5]);
        Files.createDirectories(out);
        String signIn = "{\"grantType\":\"password\",\"username\":\"" + args[6] + "\",\"password\":\"" + args[7]
                + "\"}";
        new PostingClient(api, token, signIn, enrolments).run(threads, durationMs, out);
    }

    private void run(int threads, long durationMs, Path out) throws Exception {
        List<String> probes = new ArrayList<>();
        Thread prober = new Thread(() -> probe(probes));
        prober.start();
        long end = System.currentTimeMillis() + durationMs;
        List<Thread> trainers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int number = t;
            Thread trainer = new Thread(() -> post(number, end));
            trainers.add(trainer);
            trainer.start();
        }
        Thread.sleep(durationMs);
        posting.set(false);
        for (Thread trainer : trainers) {
            trainer.join();
        }
        probing.set(false);
        prober.join();
        write(out.resolve("acks.tsv"), acks.stream().map(a -> String.join("\t", a.key(), a.entryId(),
                Integer.toString(a.status()), Boolean.toString(a.replayed()), Integer.toString(a.attempts()),
                Long.toString(a.firstSent()), Long.toString(a.at()))).toList());
        write(out.resolve("events.tsv"), events);
        write(out.resolve("probe.tsv"), probes);
        Map<String, Long> summary = new TreeMap<>();
        counts.forEach((k, v) -> summary.put(k, v.get()));
        summary.put("postings", next.get());
        summary.put("acknowledged", (long) acks.size());
        List<String> lines = summary.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
        write(out.resolve("summary.txt"), lines);
        lines.forEach(System.out::println);
    }

    /** One trainer: postings one after the other, each sent until it is acknowledged. */
    private void post(int thread, long end) {
        while (posting.get()) {
            long g = next.getAndIncrement();
            Enrolment enrolment = enrolments.get((int) (g % enrolments.size()));
            String day = enrolment.firstDay().plusDays(g / ((long) PER_DAY * enrolments.size())).toString();
            String key = "crash-" + thread + "-" + g + "-" + Long.toHexString(System.nanoTime());
            String body = "{\"sessionDate\":\"" + day + "\",\"hours\":0.25,\"note\":\"" + key + "\"}";
            HttpRequest request = HttpRequest.newBuilder(URI.create(api + "/enrolments/" + enrolment.id()
                    + "/attendance")).timeout(TIMEOUT).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build();
            long firstSent = System.currentTimeMillis();
            for (int attempt = 1;; attempt++) {
                if (!posting.get() && System.currentTimeMillis() > end + GRACE_MS) {
                    count("gave-up");
                    event(key, "gave-up", 0, null, null, null);
                    break;
                }
                long sent = System.currentTimeMillis();
                long waitMs;
                try {
                    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                    long latency = System.currentTimeMillis() - sent;
                    int status = response.statusCode();
                    if (status / 100 == 2) {
                        Matcher id = ENTRY_ID.matcher(response.body());
                        boolean replayed = response.headers().firstValue("Idempotency-Replayed").isPresent();
                        count("status-" + status + (replayed ? "-replayed" : ""));
                        synchronized (acks) {
                            acks.add(new Ack(key, id.find() ? id.group(1) : "?", status, replayed, attempt, firstSent,
                                    System.currentTimeMillis()));
                        }
                        break;
                    }
                    Optional<String> retryAfter = response.headers().firstValue("Retry-After");
                    String type = response.headers().firstValue("Content-Type").orElse("");
                    Matcher problem = PROBLEM_TYPE.matcher(response.body());
                    String problemType = problem.find() ? problem.group(1) : "";
                    count("status-" + status);
                    if (status == 503) {
                        count(retryAfter.isPresent() && type.startsWith("application/problem+json")
                                && problemType.endsWith(":service-unavailable")
                                        ? "503-problem-with-retry-after"
                                        : "503-other");
                    }
                    event(key, Integer.toString(status), latency, retryAfter.orElse(""), type, problemType);
                    waitMs = status == 503 && retryAfter.isPresent()
                            ? Long.parseLong(retryAfter.get().trim()) * 1000
                            : 1000;
                } catch (HttpTimeoutException e) {
                    count("timeout");
                    event(key, "timeout", System.currentTimeMillis() - sent, null, null, null);
                    waitMs = 1000;
                } catch (IOException e) {
                    count("connection-error");
                    event(key, "connection-error:" + e.getClass().getSimpleName(), System.currentTimeMillis() - sent,
                            null, null, null);
                    waitMs = 1000;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                count("retries");
                sleep(waitMs);
            }
        }
    }

    /** Every 250 ms: the readiness check, a read of an enrolment and a sign-in, each needing the database. */
    private void probe(List<String> probes) {
        HttpRequest ready = HttpRequest.newBuilder(URI.create(System.getenv().getOrDefault("PARCOURS_HEALTH_URL",
                api.replace("/api/v1", "") + "/q/health/ready")))
                .timeout(TIMEOUT).build();
        HttpRequest read = HttpRequest.newBuilder(URI.create(api + "/enrolments/" + enrolments.get(0).id()))
                .timeout(TIMEOUT).header("Authorization", "Bearer " + token).build();
        HttpRequest token = HttpRequest.newBuilder(URI.create(api + "/auth/token")).timeout(TIMEOUT)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(signIn)).build();
        while (probing.get()) {
            long at = System.currentTimeMillis();
            String readiness = status(ready);
            String reading = status(read);
            long took = System.currentTimeMillis() - at;
            probes.add(at + "\t" + readiness + "\t" + reading + "\t" + took + "\t" + status(token));
            sleep(Math.max(0, 250 - (System.currentTimeMillis() - at)));
        }
    }

    private String status(HttpRequest request) {
        try {
            return Integer.toString(client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
        } catch (HttpTimeoutException e) {
            return "timeout";
        } catch (IOException e) {
            return "error";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private void event(String key, String outcome, long latency, String retryAfter, String type, String problem) {
        String line = String.join("\t", Long.toString(System.currentTimeMillis()), key, outcome,
                Long.toString(latency), retryAfter == null ? "" : retryAfter, type == null ? "" : type,
                problem == null ? "" : problem);
        synchronized (events) {
            events.add(line);
        }
    }

    private void count(String what) {
        counts.computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void write(Path file, List<String> lines) throws IOException {
        try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(file))) {
            lines.forEach(writer::println);
        }
    }
}
