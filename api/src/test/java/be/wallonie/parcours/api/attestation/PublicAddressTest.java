package be.wallonie.parcours.api.attestation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * The address an attestation prints: the configured one (production, https), else where the product actually runs,
 * the address the issuing request came in on, never {@code localhost:8080} for an attestation issued from elsewhere.
 */
class PublicAddressTest {

    @Test
    void theConfiguredAddressWinsWithoutItsTrailingSlash() {
        assertThat(PublicAddress.of(Optional.of("https://parcours.wallonie.be/"), "http", "demo.local:8080", 8080))
                .isEqualTo("https://parcours.wallonie.be");
    }

    @Test
    void unsetTheAddressIsTheOneTheIssuingRequestCameInOn() {
        assertThat(PublicAddress.of(Optional.empty(), "http", "parcours-demo.cripel.be:8081", 8080))
                .isEqualTo("http://parcours-demo.cripel.be:8081");
        assertThat(PublicAddress.of(Optional.empty(), "https", "192.168.1.20", 8080))
                .isEqualTo("https://192.168.1.20");
    }

    @Test
    void unsetAndOutsideARequestItIsThisMachineOnTheHttpPort() {
        assertThat(PublicAddress.of(Optional.empty(), null, null, 8181)).isEqualTo("http://localhost:8181");
    }

    @Test
    void aHostHeaderThatIsNotAHostIsNeverPrinted() {
        assertThat(PublicAddress.of(Optional.empty(), "http", "evil.example/<script>", 8080))
                .isEqualTo("http://localhost:8080");
        assertThat(PublicAddress.of(Optional.empty(), "http", "a b", 8080)).isEqualTo("http://localhost:8080");
    }
}
