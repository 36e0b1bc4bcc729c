package be.wallonie.parcours.api.idempotency;

import be.wallonie.parcours.api.problem.ProblemException;
import be.wallonie.parcours.api.problem.ProblemType;
import be.wallonie.parcours.domain.idempotency.IdempotencyRepository;
import be.wallonie.parcours.domain.idempotency.IdempotentPosting;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Idempotent postings (docs/adr/0014-idempotent-postings.md): a client sends an {@code Idempotency-Key} with a posting
 * so that sending it again, after a timeout for example, records nothing twice. Used within the posting's transaction:
 * <ol>
 * <li>{@link #claim} inserts the key for the tenant (an operator's code) without an answer; when the key is already
 * used it answers the earlier request instead. A concurrent posting with the same key waits on the table's primary key
 * until the first commits (then it reads the first's answer) or rolls back (then it claims the key itself);</li>
 * <li>the posting is done;</li>
 * <li>{@link #complete} stores the SHA-256 of the canonical request and the answer with the key, in the same
 * transaction, and gives the answer.</li>
 * </ol>
 * A posting that fails rolls back with its claim: the key may be used again. The same key with the same request is
 * answered with the first answer (same status and body, header {@value #REPLAYED}: true); with another request it is
 * refused (409 {@code urn:parcours:problem:idempotency-key-reused}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Idempotency {

    /** The request header that names a posting. */
    public static final String HEADER = "Idempotency-Key";
    /** The response header of an answer given again. */
    public static final String REPLAYED = "Idempotency-Replayed";
    /** The longest key accepted. */
    public static final int MAX_KEY_LENGTH = 200;

    private final IdempotencyRepository keys;
    private final ObjectMapper json;
    private final Clock clock;

    Idempotency(IdempotencyRepository keys, ObjectMapper json, Clock clock) {
        this.keys = keys;
        this.json = json;
        this.clock = clock;
    }

    /** A key claimed for a tenant: either new (to be completed) or already used (its earlier answer). */
    public record Claim(String tenant, String key, String endpoint, Optional<Earlier> earlier) {

        public boolean isNew() {
            return earlier.isEmpty();
        }
    }

    /** What a key answered before. */
    public record Earlier(String endpoint, String requestHash, int status, String body) {
    }

    /** The key of the request header, checked: required (400 without it), at most 200 printable characters. */
    public static String requireKey(String header) {
        if (header == null || header.isBlank()) {
            throw ProblemException.invalid(new ProblemException.FieldIssue(HEADER, "idempotency.key-required"));
        }
        String key = header.strip();
        if (key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw ProblemException.invalid(new ProblemException.FieldIssue(HEADER, "idempotency.key-invalid",
                    MAX_KEY_LENGTH));
        }
        return key;
    }

    /**
     * Claims {@code key} for {@code tenant} within the current transaction, waiting for a concurrent posting that holds
     * it to finish.
     *
     * @param endpoint the endpoint's template, such as {@code POST /enrolments/{id}/attendance}
     */
    public Claim claim(String tenant, String key, String endpoint) {
        if (keys.claim(tenant, key, endpoint, clock.instant())) {
            return new Claim(tenant, key, endpoint, Optional.empty());
        }
        IdempotentPosting earlier = keys.find(tenant, key)
                .orElseThrow(() -> new IllegalStateException("a used key has a record"));
        return new Claim(tenant, key, endpoint, Optional.of(new Earlier(earlier.endpoint(), earlier.requestHash(),
                earlier.status(), earlier.body())));
    }

    /**
     * The earlier answer of a key already used, when {@code requestHash} is the earlier request's.
     *
     * @throws ProblemException 409 {@code idempotency-key-reused} when the key named another request
     */
    public Response replay(Claim claim, String requestHash) {
        Earlier earlier = claim.earlier().orElseThrow(() -> new IllegalStateException("the key is new"));
        if (!earlier.endpoint().equals(claim.endpoint()) || !earlier.requestHash().equals(requestHash)) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED, "idempotency.key-reused");
        }
        return Response.status(earlier.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header(REPLAYED, "true")
                .entity(earlier.body())
                .build();
    }

    /**
     * Stores the answer of a new key with its request's hash, in the posting's transaction, and gives it: the body is
     * the JSON of {@code body}, exactly as a replay gives it again.
     */
    public Response complete(Claim claim, String requestHash, Response.Status status, Object body) {
        if (!claim.isNew()) {
            throw new IllegalStateException("the key was already used");
        }
        String text = toJson(body);
        keys.complete(claim.tenant(), claim.key(), requestHash, status.getStatusCode(), text);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(text).build();
    }

    /** The SHA-256 of a request: its target (the concrete path) and its canonical body (JSON written by Jackson). */
    public String hash(String target, Object request) {
        MessageDigest digest = sha256();
        digest.update(target.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
        digest.update(toJson(request).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A SHA-256 digest, for a request body read as a stream (a CSV file): start it with the target, then the bytes. */
    public static MessageDigest digestOf(String target) {
        MessageDigest digest = sha256();
        digest.update(target.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
        return digest;
    }

    public static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
