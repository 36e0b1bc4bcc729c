package be.wallonie.parcours.api.security;

import java.util.Arrays;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import be.wallonie.parcours.domain.access.Role;
import be.wallonie.parcours.domain.access.Tenant;
import io.quarkus.security.ForbiddenException;

/** The principal of the current request, read from its verified access token. */
@RequestScoped
public class CurrentUser {

    private final JsonWebToken token;

    CurrentUser(JsonWebToken token) {
        this.token = token;
    }

    public String username() {
        return token.getName();
    }

    public String displayName() {
        String name = token.getClaim(Claims.NAME);
        return name == null ? token.getName() : name;
    }

    /** The role and tenant; a token whose role Parcours does not know, or whose tenant is missing, is refused. */
    public Tenant tenant() {
        Role role = token.getGroups().stream()
                .filter(g -> Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(g)))
                .map(Role::valueOf)
                .findFirst()
                .orElseThrow(ForbiddenException::new);
        try {
            return new Tenant(role, token.getClaim(Claims.CRI), token.getClaim(Claims.OPERATOR),
                    token.getClaim(Claims.NIS));
        } catch (IllegalArgumentException e) {
            throw new ForbiddenException();
        }
    }
}
