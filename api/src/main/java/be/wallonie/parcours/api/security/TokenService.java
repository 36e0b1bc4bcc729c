package be.wallonie.parcours.api.security;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import be.wallonie.parcours.api.problem.ProblemException;
import be.wallonie.parcours.api.problem.ProblemType;
import be.wallonie.parcours.domain.access.AccountRepository;
import be.wallonie.parcours.domain.access.Tenant;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Issues short-lived RS256 access tokens to staff (username + password) and to commune and CPAS API clients (client
 * credentials). The role goes into {@code groups}, the tenant into {@code cri}, {@code operator} or {@code nis}.
 */
@ApplicationScoped
@Transactional
public class TokenService {

    private static final Logger LOG = Logger.getLogger(TokenService.class);

    private final AccountRepository accounts;
    private final Passwords passwords;
    private final String issuer;
    private final Duration lifetime;
    private final boolean enabled;

    TokenService(AccountRepository accounts, Passwords passwords,
            @ConfigProperty(name = "parcours.auth.issuer") String issuer,
            @ConfigProperty(name = "parcours.auth.access-token-lifetime") Duration lifetime,
            @ConfigProperty(name = "parcours.auth.token-endpoint.enabled") boolean enabled) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.issuer = issuer;
        this.lifetime = lifetime;
        this.enabled = enabled;
    }

    /** An access token, and how many seconds it lives. */
    public record AccessToken(String token, long expiresIn) {
    }

    public AccessToken forStaff(String username, String password) {
        requireEnabled();
        var account = accounts.findUser(username);
        if (!passwords.matches(password, account.map(a -> a.passwordHash())) || !account.get().active()) {
            LOG.infof("Refused a staff sign-in");
            throw new ProblemException(ProblemType.INVALID_CREDENTIALS, null);
        }
        var user = account.get();
        passwords.upgrade(password, user.passwordHash())
                .ifPresent(stronger -> accounts.rehashUser(user.id(), user.passwordHash(), stronger));
        return sign(Jwt.upn(user.username()).subject(user.id().toString()).claim(Claims.NAME, user.displayName()),
                user.tenant());
    }

    public AccessToken forClient(String clientId, String secret) {
        requireEnabled();
        var client = accounts.findClient(clientId);
        if (!passwords.matches(secret, client.map(c -> c.secretHash())) || !client.get().active()) {
            LOG.infof("Refused an API client sign-in");
            throw new ProblemException(ProblemType.INVALID_CREDENTIALS, null);
        }
        var found = client.get();
        passwords.upgrade(secret, found.secretHash())
                .ifPresent(stronger -> accounts.rehashClient(found.clientId(), found.secretHash(), stronger));
        return sign(Jwt.upn(found.clientId()).subject(found.clientId()).claim(Claims.NAME, found.name()),
                found.tenant());
    }

    private AccessToken sign(JwtClaimsBuilder claims, Tenant tenant) {
        claims.issuer(issuer).groups(tenant.role().name()).expiresIn(lifetime);
        Optional.ofNullable(tenant.criCode()).ifPresent(cri -> claims.claim(Claims.CRI, cri));
        Optional.ofNullable(tenant.operatorCode()).ifPresent(op -> claims.claim(Claims.OPERATOR, op));
        Optional.ofNullable(tenant.nisCode()).ifPresent(nis -> claims.claim(Claims.NIS, nis));
        return new AccessToken(claims.jws().keyId("parcours").sign(), lifetime.toSeconds());
    }

    private void requireEnabled() {
        if (!enabled) {
            throw new ProblemException(ProblemType.NOT_FOUND, null);
        }
    }
}
