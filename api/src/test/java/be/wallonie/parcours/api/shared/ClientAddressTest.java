package be.wallonie.parcours.api.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * The client's address is the connection's peer, unless the peer is a trusted proxy: then the right-most
 * X-Forwarded-For hop that is not a trusted proxy. A client writes only the left of that header.
 */
class ClientAddressTest {

    private final ClientAddress noProxy = new ClientAddress(Optional.empty());
    private final ClientAddress behindProxies = new ClientAddress(Optional.of(List.of("10.0.0.0/8", "fd00::/8")));

    @Test
    void withoutTrustedProxiesXForwardedForIsIgnored() {
        assertThat(text(noProxy, "10.1.2.3", "198.51.100.7")).isEqualTo("10.1.2.3");
    }

    @Test
    void anUntrustedPeersXForwardedForIsIgnored() {
        assertThat(text(behindProxies, "203.0.113.9", "198.51.100.7")).isEqualTo("203.0.113.9");
    }

    @Test
    void behindATrustedProxyTheRightMostUntrustedHopIsTheClient() {
        assertThat(text(behindProxies, "10.1.2.3", "198.51.100.7")).isEqualTo("198.51.100.7");
        // what the client wrote on the left is never believed
        assertThat(text(behindProxies, "10.1.2.3", "192.0.2.66, 198.51.100.7")).isEqualTo("198.51.100.7");
        // a chain of trusted proxies is walked through
        assertThat(text(behindProxies, "10.1.2.3", "192.0.2.66, 198.51.100.7, 10.9.9.9")).isEqualTo("198.51.100.7");
        assertThat(ClientAddress.text(behindProxies.client("10.1.2.3", List.of("192.0.2.66", "198.51.100.7"))))
                .isEqualTo("198.51.100.7");
    }

    @Test
    void anUnreadableHopStopsAtTheLastAddressATrustedProxyVouchedFor() {
        assertThat(text(behindProxies, "10.1.2.3", "198.51.100.7, unknown")).isEqualTo("10.1.2.3");
        assertThat(text(behindProxies, "10.1.2.3", "evil.example.com, 10.4.4.4")).isEqualTo("10.4.4.4");
        assertThat(text(behindProxies, "10.1.2.3", "")).isEqualTo("10.1.2.3");
    }

    @Test
    void portsAndBracketsAreRead() {
        assertThat(text(behindProxies, "10.1.2.3", "198.51.100.7:4711")).isEqualTo("198.51.100.7");
        assertThat(text(behindProxies, "fd00::1", "[2001:db8::5]:443")).isEqualTo("2001:db8:0:0:0:0:0:5");
    }

    @Test
    void ipv6ClientsAreCountedPerSlash64() {
        assertThat(key("2001:db8:1:2:3:4:5:6")).isEqualTo(key("2001:db8:1:2:aaaa::1"))
                .isNotEqualTo(key("2001:db8:1:3::1"));
        assertThat(key("192.0.2.7")).isEqualTo("192.0.2.7");
        assertThat(ClientAddress.limitKey((java.net.InetAddress) null)).isEqualTo("unknown");
    }

    @Test
    void namesAreNeverLookedUp() {
        assertThat(ClientAddress.parse("localhost")).isNull();
        assertThat(ClientAddress.parse("999.1.1.1")).isNull();
        assertThat(ClientAddress.parse("1.2.3")).isNull();
    }

    @Test
    void aTrustedProxyThatIsNoAddressStopsTheStart() {
        assertThatThrownBy(() -> new ClientAddress(Optional.of(List.of("proxy.example.com"))))
                .hasMessageContaining("parcours.http.trusted-proxies");
        assertThatThrownBy(() -> new ClientAddress(Optional.of(List.of("10.0.0.0/33"))))
                .hasMessageContaining("parcours.http.trusted-proxies");
    }

    private static String text(ClientAddress addresses, String peer, String forwardedFor) {
        return ClientAddress.text(addresses.client(peer, List.of(forwardedFor)));
    }

    private String key(String address) {
        return ClientAddress.limitKey(noProxy.client(address, List.of()));
    }
}
