package be.wallonie.parcours.api.audit;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import be.wallonie.parcours.api.problem.TooManyRequests;
import be.wallonie.parcours.api.security.CurrentUser;
import be.wallonie.parcours.api.shared.RateLimiter;
import be.wallonie.parcours.api.shared.RateLimiter.Allowance;

/**
 * The national-number duplicate probe (docs/adr/0028): a CRI agent who registers a national number another CRI holds
 * learns that it exists (409 {@code duplicate-person}, without the person's id). Each such answer is recorded, and
 * counted per user: past {@code parcours.audit.duplicate-probes-per-hour} of them, the user's intakes and changes of
 * identity are answered 429 before any lookup, until the allowance comes back (one every
 * {@code 60 / per-hour} minutes).
 */
@Singleton
public class DuplicateProbes {

    private static final String BUCKET = "duplicate-probe";
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Logger LOG = Logger.getLogger(DuplicateProbes.class);

    private final RateLimiter probes;
    private final int perHour;
    private final Refusals refusals;
    private final CurrentUser user;

    DuplicateProbes(@ConfigProperty(name = "parcours.audit.duplicate-probes-per-hour") int perHour,
            RateLimiter probes, Refusals refusals, CurrentUser user) {
        this.probes = probes;
        this.perHour = perHour;
        this.refusals = refusals;
        this.user = user;
    }

    /** Before an intake or a change of identity: refuses (429) a user who has no probe left. */
    public void admit(String endpoint) {
        Allowance left = probes.peek(BUCKET, perHour, HOUR, user.username());
        if (left.refused()) {
            LOG.info("Refused a person's intake or identity change: too many duplicate national numbers");
            refusals.duplicateProbe(caller(), endpoint, null, 429, "too-many-requests");
            throw new TooManyProbes(left);
        }
    }

    /** The national number is registered at another CRI: recorded, and one probe fewer left. */
    public void probed(String endpoint, UUID existing) {
        probes.take(BUCKET, perHour, HOUR, user.username());
        refusals.duplicateProbe(caller(), endpoint, existing, 409, "duplicate-person");
    }

    private Caller caller() {
        return Caller.of(user.username(), user.tenant());
    }

    @ServerExceptionMapper
    public Response tooMany(TooManyProbes e, HttpHeaders headers, UriInfo uri) {
        return TooManyRequests.response(e.allowance, headers, uri);
    }

    /** The user has no probe left. */
    public static final class TooManyProbes extends RuntimeException {

        private final transient Allowance allowance;

        TooManyProbes(Allowance allowance) {
            super("too many duplicate national numbers", null, false, false);
            this.allowance = allowance;
        }
    }
}
