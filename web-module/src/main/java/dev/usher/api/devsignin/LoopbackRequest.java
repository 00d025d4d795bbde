package dev.usher.api.devsignin;

import jakarta.servlet.http.HttpServletRequest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a request comes straight from a browser or tool on this machine, for the development
 * issuer: a loopback peer is not enough. A page served by another host can make a browser on this
 * machine call a loopback port (DNS rebinding: its own name, answered with 127.0.0.1), which shows
 * as a foreign {@code Host}; a proxy on this machine (a TLS terminator) relays remote clients from
 * a loopback address, and says so in forwarding headers. So the peer must be loopback, the
 * {@code Host} a loopback name or address (any port), and no forwarding header present. The raw
 * headers are read: a server that trusts {@code X-Forwarded-For} (Liberty's remoteIp) has already
 * put the forwarded address in place of the peer's.
 */
final class LoopbackRequest {

    /** Headers a proxy adds for the client behind it (standard, de facto and common vendor ones). */
    private static final Set<String> FORWARDING = Set.of("forwarded", "via", "x-real-ip", "x-client-ip",
            "true-client-ip", "cf-connecting-ip", "fastly-client-ip", "x-cluster-client-ip", "x-original-forwarded-for",
            "x-proxyuser-ip", "$wsra", "$wsrh", "$wsis");

    /** localhost, 127.0.0.0/8 or [::1], each with an optional port. */
    private static final Pattern LOOPBACK_HOST = Pattern.compile(
            "(localhost|127(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}|\\[(0{0,4}:){2,7}0{0,3}1\\])(:\\d{1,5})?");

    private LoopbackRequest() {
    }

    static boolean is(HttpServletRequest request) {
        List<String> names = request.getHeaderNames() == null ? List.of() : Collections.list(request.getHeaderNames());
        List<String> hosts = request.getHeaders("Host") == null ? List.of() : Collections.list(request.getHeaders("Host"));
        return is(request.getRemoteAddr(), hosts, names);
    }

    /** The rule itself: {@code hosts} are every Host header's value, {@code headerNames} every header's name. */
    static boolean is(String peer, List<String> hosts, List<String> headerNames) {
        if (!loopbackAddress(peer) || hosts.size() != 1 || !loopbackHost(hosts.get(0))) {
            return false;
        }
        return headerNames.stream().map(name -> name.toLowerCase(Locale.ROOT))
                .noneMatch(name -> name.startsWith("x-forwarded-") || FORWARDING.contains(name));
    }

    static boolean loopbackHost(String host) {
        return host != null && LOOPBACK_HOST.matcher(host.strip().toLowerCase(Locale.ROOT)).matches();
    }

    private static boolean loopbackAddress(String address) {
        // Literal addresses only (an IPv6 one has a colon): a name must never cause a DNS query.
        if (address == null || !(address.contains(":") || address.matches("[0-9.]+"))) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
