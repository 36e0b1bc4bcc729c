package be.wallonie.parcours.api.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import io.vertx.core.net.SocketAddress;

/**
 * A token bucket per client, in memory: each client may burst up to {@code perMinute} requests, and earns them back
 * at {@code perMinute} per minute. In memory means per instance: behind a load balancer with n instances, a client
 * gets up to n times the limit, which is enough to stop abuse of an endpoint that stores nothing.
 */
public final class RateLimiter {

    private static final long NANOS_PER_MINUTE = TimeUnit.MINUTES.toNanos(1);
    /** Past this many clients tracked, the buckets that are full again are forgotten. */
    private static final int SWEEP_ABOVE = 10_000;

    private final int perMinute;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int perMinute, LongSupplier nanoTime) {
        this.perMinute = perMinute;
        this.nanoTime = nanoTime;
    }

    /**
     * Takes one request from the client's allowance.
     *
     * @return 0 when the request may go on; otherwise how many nanoseconds the client should wait
     */
    public long acquire(String client) {
        return take(client).waitNanos();
    }

    /**
     * Takes one request from the client's allowance.
     *
     * @return what the client has left after it, {@link Allowance#refused() refused} when it had nothing left
     */
    public Allowance take(String client) {
        if (perMinute <= 0) {
            return Allowance.UNLIMITED;
        }
        long now = nanoTime.getAsLong();
        if (buckets.size() > SWEEP_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.isFullAt(now));
        }
        return buckets.computeIfAbsent(client, key -> new Bucket(now)).take(now);
    }

    /**
     * How long the client should wait before its next request, without taking one from its allowance.
     *
     * @return 0 when the client has a request left
     */
    public long waitFor(String client) {
        return peek(client).waitNanos();
    }

    /** What the client has left, without taking a request from it. */
    public Allowance peek(String client) {
        if (perMinute <= 0) {
            return Allowance.UNLIMITED;
        }
        Bucket bucket = buckets.get(client);
        return bucket == null ? new Allowance(perMinute, perMinute, 0, 0) : bucket.peek(nanoTime.getAsLong());
    }

    /**
     * What a client has left of a limit, as the {@code RateLimit-Limit}, {@code RateLimit-Remaining} and
     * {@code RateLimit-Reset} headers tell it (IETF draft "RateLimit header fields for HTTP").
     *
     * @param limit the requests a client may make in a burst (the allowance a minute)
     * @param remaining the requests the client may still make now
     * @param resetSeconds the seconds until the allowance is whole again
     * @param waitNanos 0 when the request may go on; otherwise how long the client should wait
     */
    public record Allowance(int limit, int remaining, long resetSeconds, long waitNanos) {

        /** No limit: nothing to tell. */
        public static final Allowance UNLIMITED = new Allowance(Integer.MAX_VALUE, Integer.MAX_VALUE, 0, 0);

        public boolean refused() {
            return waitNanos > 0;
        }

        public boolean limited() {
            return limit != Integer.MAX_VALUE;
        }

        /** Of two limits that apply to one request, the one closer to running out: the one the headers report. */
        public Allowance tighter(Allowance other) {
            if (other.refused() != refused()) {
                return refused() ? this : other;
            }
            if (other.remaining != remaining) {
                return other.remaining < remaining ? other : this;
            }
            return other.resetSeconds > resetSeconds ? other : this;
        }
    }

    /** Whole seconds for a {@code Retry-After} header: at least 1. */
    public static long retryAfterSeconds(long waitNanos) {
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(waitNanos + TimeUnit.SECONDS.toNanos(1) - 1));
    }

    /** The client's IPv4 address, or its IPv6 /64 network (one host usually owns a whole /64). */
    public static String client(SocketAddress address) {
        String host = address == null ? null : address.hostAddress();
        if (host == null || !host.contains(":")) {
            return host == null ? "unknown" : host;
        }
        try {
            byte[] bytes = InetAddress.getByName(host).getAddress();
            StringBuilder network = new StringBuilder();
            for (int i = 0; i < 8 && i < bytes.length; i++) {
                network.append(String.format("%02x", bytes[i]));
            }
            return network.append("::/64").toString();
        } catch (UnknownHostException e) {
            return host;
        }
    }

    private final class Bucket {

        private double tokens = perMinute;
        private long updated;

        Bucket(long now) {
            this.updated = now;
        }

        synchronized Allowance take(long now) {
            refill(now);
            if (tokens < 1) {
                return allowance(waitForOne());
            }
            tokens -= 1;
            return allowance(0);
        }

        synchronized Allowance peek(long now) {
            refill(now);
            return allowance(tokens < 1 ? waitForOne() : 0);
        }

        private long waitForOne() {
            return (long) Math.ceil((1 - tokens) * NANOS_PER_MINUTE / perMinute);
        }

        private Allowance allowance(long wait) {
            long untilFull = (long) Math.ceil((perMinute - tokens) * NANOS_PER_MINUTE / perMinute);
            return new Allowance(perMinute, (int) Math.floor(tokens), untilFull <= 0 ? 0 : retryAfterSeconds(untilFull),
                    wait);
        }

        synchronized boolean isFullAt(long now) {
            refill(now);
            return tokens >= perMinute;
        }

        private void refill(long now) {
            long elapsed = now - updated;
            if (elapsed > 0) {
                tokens = Math.min(perMinute, tokens + (double) elapsed * perMinute / NANOS_PER_MINUTE);
                updated = now;
            }
        }
    }
}
