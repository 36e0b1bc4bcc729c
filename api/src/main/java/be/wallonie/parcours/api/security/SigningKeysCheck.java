package be.wallonie.parcours.api.security;

import java.util.Optional;

import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start when tokens could be neither verified nor (with the built-in token endpoint) signed: production
 * keys come from the environment, never from the code or the image.
 */
public class SigningKeysCheck {

    void onStart(@Observes StartupEvent event) {
        var config = ConfigProvider.getConfig();
        requireOneOf(config.getOptionalValue("mp.jwt.verify.publickey", String.class),
                config.getOptionalValue("mp.jwt.verify.publickey.location", String.class),
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION (the public key or JWKS that verifies access tokens)");
        if (config.getOptionalValue("parcours.auth.token-endpoint.enabled", Boolean.class).orElse(true)) {
            requireOneOf(config.getOptionalValue("smallrye.jwt.sign.key", String.class),
                    config.getOptionalValue("smallrye.jwt.sign.key.location", String.class),
                    "SMALLRYE_JWT_SIGN_KEY_LOCATION (the private key that signs access tokens)");
        }
    }

    static void requireOneOf(Optional<String> key, Optional<String> location, String what) {
        if (key.filter(s -> !s.isBlank()).isEmpty() && location.filter(s -> !s.isBlank()).isEmpty()) {
            throw new IllegalStateException("Parcours cannot start: no signing key configured. Set " + what + ".");
        }
    }
}
