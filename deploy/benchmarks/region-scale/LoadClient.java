import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The region-scale benchmark's HTTP client (run as a single-file program: java LoadClient.java ...), loopback only.
 *
 * <pre>
 * seq  URL TOKEN WARMUP COUNT BUDGET_S [BODY_JSON]   one request at a time: p50 p95 p99 max (ms), count, non-2xx
 * open URL_PREFIX IDS_FILE TOKEN RATE DURATION_S WARMUP_S
 *      open load at RATE requests/s to URL_PREFIX + id (ids rotated): each latency is measured from the request's
 *      intended send time (coordinated omission corrected), as wrk2 does
 * </pre>
 *
 * Output: one line of key=value pairs.
 */
public class LoadClient {

    public static void main(String[] args) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(60)).build();
        switch (args[0]) {
            case "seq" -> sequential(client, args);
            case "open" -> open(client, args);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static HttpRequest request(String url, String token, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (body != null && !body.isEmpty()) {
            builder.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        }
        return builder.build();
    }

    private static void sequential(HttpClient client, String[] args) throws Exception {
        String url = args[1];
        String token = args[2];
        int warmup = Integer.parseInt(args[3]);
        int count = Integer.parseInt(args[4]);
        long budgetNanos = TimeUnit.SECONDS.toNanos(Long.parseLong(args[5]));
        String body = args.length > 6 ? args[6] : null;
        HttpRequest request = request(url, token, body);
        int errors = 0;
        int lastStatus = 0;
        long start = System.nanoTime();
        for (int i = 0; i < warmup && System.nanoTime() - start < budgetNanos / 4; i++) {
            lastStatus = client.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
        }
        List<Long> samples = new ArrayList<>();
        long measured = System.nanoTime();
        while (samples.size() < count && System.nanoTime() - measured < budgetNanos) {
            long t0 = System.nanoTime();
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            samples.add(System.nanoTime() - t0);
            lastStatus = response.statusCode();
            if (response.statusCode() / 100 != 2) {
                errors++;
            }
        }
        print(samples, "count=" + samples.size() + " errors=" + errors + " status=" + lastStatus);
    }

    private static void open(HttpClient client, String[] args) throws Exception {
        String prefix = args[1];
        List<String> ids = Files.readAllLines(Path.of(args[2])).stream().filter(line -> !line.isBlank()).toList();
        String token = args[3];
        double rate = Double.parseDouble(args[4]);
        long duration = TimeUnit.SECONDS.toNanos(Long.parseLong(args[5]));
        long warmup = TimeUnit.SECONDS.toNanos(Long.parseLong(args[6]));
        long interval = (long) (1_000_000_000L / rate);
        ConcurrentLinkedQueue<Long> samples = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        List<CompletableFuture<?>> pending = new ArrayList<>();
        long start = System.nanoTime() + 50_000_000L;
        long end = start + warmup + duration;
        for (long n = 0;; n++) {
            long intended = start + n * interval;
            if (intended >= end) {
                break;
            }
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            boolean measured = intended >= start + warmup;
            HttpRequest request = request(prefix + ids.get((int) (n % ids.size())), token, null);
            pending.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).handle((response, failure) -> {
                if (measured) {
                    samples.add(System.nanoTime() - intended);
                    if (failure != null || response.statusCode() / 100 != 2) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            }));
            if (pending.size() > 10_000) {
                pending.removeIf(CompletableFuture::isDone);
            }
        }
        try {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException late) {
            errors.addAndGet((int) pending.stream().filter(future -> !future.isDone()).count());
        }
        print(new ArrayList<>(samples), "count=" + samples.size() + " errors=" + errors.get() + " rate=" + rate);
    }

    private static void print(List<Long> samples, String extra) {
        long[] sorted = samples.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("p50=%.1f p95=%.1f p99=%.1f max=%.1f %s%n", percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6, extra);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }
}
