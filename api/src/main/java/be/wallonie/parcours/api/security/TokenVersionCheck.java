package be.wallonie.parcours.api.security;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * Refuses (401) a token of the built-in issuer whose token version is no longer its account's ({@link TokenVersions}):
 * checked wherever a request's identity is established, which every request with a token is (the client rate limit
 * asks for it). With an external issuer ({@code parcours.auth.token-endpoint.enabled=false}) the accounts and their
 * revocation are the issuer's: nothing is checked here.
 */
@ApplicationScoped
public class TokenVersionCheck implements SecurityIdentityAugmentor {

    private final TokenVersions versions;
    private final boolean builtInIssuer;

    TokenVersionCheck(TokenVersions versions,
            @ConfigProperty(name = "parcours.auth.token-endpoint.enabled") boolean builtInIssuer) {
        this.versions = versions;
        this.builtInIssuer = builtInIssuer;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!builtInIssuer || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            if (!versions.isCurrent(token)) {
                throw new AuthenticationFailedException("The token was revoked");
            }
            return identity;
        });
    }
}
