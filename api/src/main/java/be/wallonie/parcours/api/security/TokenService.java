package be.wallonie.parcours.api.security;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import be.wallonie.parcours.api.problem.ProblemException;
import be.wallonie.parcours.api.problem.ProblemType;
import be.wallonie.parcours.domain.access.AccountRepository;
import be.wallonie.parcours.domain.access.Tenant;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Issues short-lived RS256 access tokens to staff (username + password) and to commune and CPAS API clients (client
 * credentials). The role goes into {@code groups}, the tenant into {@code cri}, {@code operator} or {@code nis}, the
 * audience {@code parcours.auth.audience} into {@code aud}, and the account's token version into {@code tv}
 * (docs/adr/0027): raising it, at logout or by the administrator, ends the tokens issued before.
 */
@ApplicationScoped
@Transactional
public class TokenService {

    private final AccountRepository accounts;
    private final Passwords passwords;
    private final TokenVersions versions;
    private final String issuer;
    private final String audience;
    private final Duration lifetime;
    private final boolean enabled;

    TokenService(AccountRepository accounts, Passwords passwords, TokenVersions versions,
            @ConfigProperty(name = "parcours.auth.issuer") String issuer,
            @ConfigProperty(name = "parcours.auth.audience") String audience,
            @ConfigProperty(name = "parcours.auth.access-token-lifetime") Duration lifetime,
            @ConfigProperty(name = "parcours.auth.token-endpoint.enabled") boolean enabled) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.versions = versions;
        this.issuer = issuer;
        this.audience = audience;
        this.lifetime = lifetime;
        this.enabled = enabled;
    }

    /** An access token, and how many seconds it lives. */
    public record AccessToken(String token, long expiresIn) {
    }

    /** @throws InvalidCredentialsException when the account is unknown, the password wrong or the account inactive */
    public AccessToken forStaff(String username, String password) {
        requireEnabled();
        var account = accounts.findUser(username);
        boolean matches = passwords.matches(password, account.map(a -> a.passwordHash()));
        check(account.isPresent(), matches, account.map(a -> a.active()).orElse(false));
        var user = account.get();
        passwords.upgrade(password, user.passwordHash())
                .ifPresent(stronger -> accounts.rehashUser(user.id(), user.passwordHash(), stronger));
        return sign(Jwt.upn(user.username()).subject(user.id().toString()).claim(Claims.NAME, user.displayName())
                .claim(Claims.TOKEN_VERSION, user.tokenVersion()), user.tenant());
    }

    /** @throws InvalidCredentialsException when the client is unknown, the secret wrong or the client inactive */
    public AccessToken forClient(String clientId, String secret) {
        requireEnabled();
        var client = accounts.findClient(clientId);
        boolean matches = passwords.matches(secret, client.map(c -> c.secretHash()));
        check(client.isPresent(), matches, client.map(c -> c.active()).orElse(false));
        var found = client.get();
        passwords.upgrade(secret, found.secretHash())
                .ifPresent(stronger -> accounts.rehashClient(found.clientId(), found.secretHash(), stronger));
        return sign(Jwt.upn(found.clientId()).subject(Claims.CLIENT_SUBJECT + found.clientId())
                .claim(Claims.NAME, found.name()).claim(Claims.TOKEN_VERSION, found.tokenVersion()), found.tenant());
    }

    /** Logout: every token of the caller's account ends, this one included. */
    public void signOut(String subject) {
        requireEnabled();
        versions.revoke(subject);
    }

    private static void check(boolean known, boolean matches, boolean active) {
        if (!known) {
            throw new InvalidCredentialsException(SignInRefusal.UNKNOWN_ACCOUNT);
        }
        if (!matches) {
            throw new InvalidCredentialsException(SignInRefusal.WRONG_SECRET);
        }
        if (!active) {
            throw new InvalidCredentialsException(SignInRefusal.INACTIVE_ACCOUNT);
        }
    }

    private AccessToken sign(JwtClaimsBuilder claims, Tenant tenant) {
        claims.issuer(issuer).audience(audience).groups(tenant.role().name()).expiresIn(lifetime);
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
