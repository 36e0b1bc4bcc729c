package be.wallonie.parcours.api.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

import be.wallonie.parcours.domain.audit.Refusal;
import be.wallonie.parcours.domain.audit.Refusal.Kind;
import be.wallonie.parcours.domain.audit.RefusalRepository;

/**
 * Records the requests Parcours refuses (docs/adr/0028), each in a transaction of its own: the refused request's
 * rollback keeps it. One insert; a refusal that cannot be recorded (the database away) is logged and does not change
 * the answer. Identifiers only: a sign-in's account as typed, or its hash when it does not look like an account name
 * (a password typed in the wrong field must not land in the trail).
 */
@ApplicationScoped
public class Refusals {

    static final String SIGN_IN = "POST /auth/token";
    private static final Logger LOG = Logger.getLogger(Refusals.class);
    private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9._@-]{1," + Refusal.ACTOR_LENGTH + "}");

    private final RefusalRepository refusals;
    private final Clock clock;

    Refusals(RefusalRepository refusals, Clock clock) {
        this.refusals = refusals;
        this.clock = clock;
    }

    /** A record the caller asked for and was refused: 403, or 404 (another tenant's record, or none). */
    public void access(Caller caller, String endpoint, String resourceKind, String resourceId, int status) {
        record(Kind.ACCESS, caller, endpoint, Refusal.isKind(resourceKind) ? resourceKind : null,
                Refusal.isIdentifier(resourceId) ? resourceId : null, status,
                status == 403 ? "forbidden" : "not-found", null);
    }

    /** Wrong credentials, a disabled account, ...: {@code reason} is the problem type's key. */
    public void signIn(String account, String address, int status, String reason) {
        record(Kind.SIGN_IN, new Caller(account(account), null, null), SIGN_IN, null, null, status, reason, address);
    }

    /** A national number another CRI holds (409), or the caller past its allowance of them (429). */
    public void duplicateProbe(Caller caller, String endpoint, UUID existing, int status, String reason) {
        record(Kind.DUPLICATE_PROBE, caller, endpoint, "persons", existing == null ? null : existing.toString(),
                status, reason, null);
    }

    private void record(Kind kind, Caller caller, String endpoint, String resourceKind, String resourceId, int status,
            String reason, String address) {
        try {
            Refusal refusal = new Refusal(clock.instant(), kind, caller.actor(), caller.role(), caller.tenant(),
                    endpoint, resourceKind, resourceId, status, reason, address);
            QuarkusTransaction.requiringNew().run(() -> refusals.append(refusal));
        } catch (RuntimeException e) {
            LOG.warnf("A refusal (%s, %s, %d) could not be recorded: %s", kind, endpoint, status,
                    e.getClass().getName());
        }
    }

    /** The account as typed when it looks like one; otherwise {@code sha256:} and the first 24 bytes of its hash. */
    static String account(String typed) {
        if (typed == null || typed.isEmpty()) {
            return "-";
        }
        if (ACCOUNT.matcher(typed).matches()) {
            return typed;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(typed.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash, 0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
