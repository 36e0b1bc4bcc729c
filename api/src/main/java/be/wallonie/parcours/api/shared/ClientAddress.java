package be.wallonie.parcours.api.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.HttpServerRequest;

/**
 * The address of the client of a request, the one every limit counts (docs/adr/0027): the connection's peer, unless
 * the peer is one of the trusted proxies ({@code parcours.http.trusted-proxies}, CIDRs, none by default). Then the
 * {@code X-Forwarded-For} hops are read from the right, the ones a proxy appended, skipping the trusted proxies: the
 * first hop that is not one is the client. A client can write anything on the left of that header, never on its right;
 * an untrusted peer's header is ignored altogether. Leave {@code quarkus.http.proxy.proxy-address-forwarding} off: it
 * would believe the left-most hop, which the client writes.
 */
@Singleton
public class ClientAddress {

    public static final String FORWARDED_FOR = "X-Forwarded-For";
    /** Hops read at most from the right of the header: a proxy chain is never longer. */
    private static final int MAX_HOPS = 16;
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final List<Cidr> trustedProxies;

    ClientAddress(@ConfigProperty(name = "parcours.http.trusted-proxies") Optional<List<String>> trustedProxies) {
        this.trustedProxies = trustedProxies.orElse(List.of()).stream()
                .filter(cidr -> !cidr.isBlank())
                .map(Cidr::parse)
                .toList();
    }

    /** The client's address, as text; {@code unknown} when the connection has none. */
    public String of(HttpServerRequest request) {
        return text(client(request));
    }

    /**
     * What the limits count the client by: its IPv4 address, or its IPv6 /64 network (one host usually owns a whole
     * /64).
     */
    public String limitKey(HttpServerRequest request) {
        return limitKey(client(request));
    }

    static String text(InetAddress address) {
        return address == null ? "unknown" : address.getHostAddress();
    }

    static String limitKey(InetAddress address) {
        if (address == null) {
            return "unknown";
        }
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            return address.getHostAddress();
        }
        StringBuilder network = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            network.append(String.format("%02x", bytes[i]));
        }
        return network.append("::/64").toString();
    }

    private InetAddress client(HttpServerRequest request) {
        return client(request.remoteAddress() == null ? null : request.remoteAddress().hostAddress(),
                request.headers().getAll(FORWARDED_FOR));
    }

    /** The client of a connection from {@code peerHost} that forwarded these {@code X-Forwarded-For} headers. */
    InetAddress client(String peerHost, List<String> forwarded) {
        InetAddress peer = parse(peerHost);
        if (peer == null || !trusted(peer)) {
            return peer;
        }
        InetAddress client = peer;
        int read = 0;
        for (int h = forwarded.size() - 1; h >= 0; h--) {
            String[] hops = forwarded.get(h).split(",");
            for (int i = hops.length - 1; i >= 0; i--) {
                InetAddress hop = parse(hops[i]);
                if (hop == null || ++read > MAX_HOPS) {
                    return client; // unreadable: the last address a trusted proxy vouched for
                }
                client = hop;
                if (!trusted(hop)) {
                    return hop;
                }
            }
        }
        return client;
    }

    private boolean trusted(InetAddress address) {
        return trustedProxies.stream().anyMatch(cidr -> cidr.contains(address));
    }

    /**
     * An IP address literal (IPv4, IPv6, bracketed IPv6, with or without a port), never a name: nothing here ever asks
     * the DNS. Null when it is not one.
     */
    static InetAddress parse(String text) {
        if (text == null) {
            return null;
        }
        String host = text.strip();
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            host = end < 0 ? "" : host.substring(1, end);
        } else if (host.indexOf(':') > 0 && host.indexOf(':') == host.lastIndexOf(':')) {
            host = host.substring(0, host.indexOf(':')); // an IPv4 address and its port
        }
        var ipv4 = IPV4.matcher(host);
        if (ipv4.matches()) {
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int part = Integer.parseInt(ipv4.group(i + 1));
                if (part > 255) {
                    return null;
                }
                bytes[i] = (byte) part;
            }
            return address(bytes);
        }
        if (host.indexOf(':') >= 0 && IPV6.matcher(host).matches()) {
            try {
                return InetAddress.getByName(host); // a literal with a colon: parsed, never looked up
            } catch (UnknownHostException e) {
                return null;
            }
        }
        return null;
    }

    private static InetAddress address(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** A network: an address and how many of its leading bits count ({@code 10.0.0.0/8}, {@code fd00::/8}). */
    record Cidr(byte[] network, int bits) {

        static Cidr parse(String text) {
            String[] parts = text.strip().split("/", 2);
            InetAddress address = ClientAddress.parse(parts[0]);
            if (address == null) {
                throw new IllegalArgumentException(
                        "parcours.http.trusted-proxies: not an IP address or CIDR: " + text.strip());
            }
            int length = address.getAddress().length * 8;
            int bits;
            try {
                bits = parts.length == 1 ? length : Integer.parseInt(parts[1].strip());
            } catch (NumberFormatException e) {
                bits = -1;
            }
            if (bits < 0 || bits > length) {
                throw new IllegalArgumentException(
                        "parcours.http.trusted-proxies: not a prefix length for this address: " + text.strip());
            }
            return new Cidr(address.getAddress(), bits);
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
