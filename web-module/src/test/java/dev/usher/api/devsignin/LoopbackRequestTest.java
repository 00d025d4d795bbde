package dev.usher.api.devsignin;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LoopbackRequestTest {

    private static final List<String> PLAIN = List.of("Host", "Accept", "Content-Type");

    @Test
    void aLoopbackPeerNamingALoopbackHostThroughNoProxyIsLocal() {
        for (String host : List.of("localhost", "localhost:9080", "LOCALHOST:1", "127.0.0.1", "127.0.0.1:9080",
                "127.255.3.4:443", "[::1]", "[::1]:9080", "[0:0:0:0:0:0:0:1]:9080")) {
            assertThat(LoopbackRequest.is("127.0.0.1", List.of(host), PLAIN)).as(host).isTrue();
            assertThat(LoopbackRequest.is("0:0:0:0:0:0:0:1", List.of(host), PLAIN)).as(host).isTrue();
        }
    }

    @Test
    void aForeignHostIsNotLocalEvenFromLoopback() {
        for (String host : List.of("evil.example", "evil.example:9080", "localhost.evil.example", "127.0.0.1.nip.io",
                "10.0.0.1", "[::2]", "[::ffff:127.0.0.1]", "127.0.0.256", "localhost:80:80", "", " ")) {
            assertThat(LoopbackRequest.is("127.0.0.1", List.of(host), PLAIN)).as(host).isFalse();
        }
        assertThat(LoopbackRequest.is("127.0.0.1", List.of(), PLAIN)).isFalse();
        assertThat(LoopbackRequest.is("127.0.0.1", List.of("localhost", "evil.example"), PLAIN)).isFalse();
    }

    @Test
    void anyForwardingHeaderMeansAProxyAndSoNotLocal() {
        for (String header : List.of("X-Forwarded-For", "x-forwarded-host", "X-Forwarded-Proto", "Forwarded", "Via",
                "X-Real-IP", "True-Client-IP", "CF-Connecting-IP")) {
            assertThat(LoopbackRequest.is("127.0.0.1", List.of("localhost:9080"), List.of("Host", header)))
                    .as(header).isFalse();
        }
    }

    @Test
    void aRemotePeerIsNotLocalWhateverItsHostSays() {
        assertThat(LoopbackRequest.is("192.0.2.7", List.of("localhost"), PLAIN)).isFalse();
        assertThat(LoopbackRequest.is("2001:db8::1", List.of("[::1]"), PLAIN)).isFalse();
        assertThat(LoopbackRequest.is("localhost", List.of("localhost"), PLAIN)).isFalse();
        assertThat(LoopbackRequest.is(null, List.of("localhost"), PLAIN)).isFalse();
    }

    @Test
    void remoteClientsAreLetInOnlyByTheExplicitSwitch() {
        assertThat(DevIssuer.remoteAllowed(java.util.Map.of())).isFalse();
        assertThat(DevIssuer.remoteAllowed(java.util.Map.of("USHER_DEV_ISSUER_REMOTE", "TRUE"))).isTrue();
        assertThat(DevIssuer.remoteAllowed(java.util.Map.of("USHER_DEV_ISSUER_REMOTE", "yes"))).isFalse();
    }
}
