package dev.usher.whatsapp;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;

import static org.assertj.core.api.Assertions.assertThat;

/** The client against a real local HTTP server standing in for the Graph API. */
class GraphApiClientTest {

    private record Seen(String method, String path, String authorization, String contentType, String body) {
    }

    private HttpServer server;
    private final ConcurrentLinkedQueue<Seen> seen = new ConcurrentLinkedQueue<>();
    private volatile int status = 200;
    private volatile String answer = "{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"wamid.OK1\"}]}";
    private volatile String retryAfter;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            seen.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            if (retryAfter != null) {
                exchange.getResponseHeaders().add("Retry-After", retryAfter);
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private WhatsAppSettings settings(String baseUrl) {
        return WhatsAppSettings.from(key -> Optional.ofNullable(Map.of(
                WhatsAppSettings.ACCESS_TOKEN, "EAAG-test-token",
                WhatsAppSettings.PHONE_NUMBER_ID, "106540352242922",
                WhatsAppSettings.BASE_URL, baseUrl).get(key)));
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void postsTheJsonWithTheBearerTokenAndReadsTheMessageId() {
        GraphReply reply = new GraphApiClient().post(settings(base()),
                WhatsAppPayloads.request("+972541234567", new WhatsAppMessage.Text("Hi")));
        assertThat(reply).isEqualTo(new GraphReply.Accepted("wamid.OK1"));
        Seen request = seen.remove();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v20.0/106540352242922/messages");
        assertThat(request.authorization()).isEqualTo("Bearer EAAG-test-token");
        assertThat(request.contentType()).isEqualTo("application/json");
        assertThat(request.body()).contains("\"to\":\"972541234567\"").contains("\"body\":\"Hi\"");
    }

    @Test
    void anErrorComesBackTypedWithRetryAfter() {
        status = 429;
        retryAfter = "2";
        answer = GraphApiErrorTest.THROTTLED;
        GraphReply reply = new GraphApiClient().post(settings(base()),
                WhatsAppPayloads.request("+972541234567", new WhatsAppMessage.Text("Hi")));
        GraphReply.Rejected rejected = (GraphReply.Rejected) reply;
        assertThat(rejected.error().code()).isEqualTo(130429);
        assertThat(rejected.error().fbtraceId()).isEqualTo("AbC130429");
        assertThat(rejected.retryAfter()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aSuccessWithoutAMessageIdIsNotTakenForASend() {
        answer = "{}";
        GraphReply reply = new GraphApiClient().post(settings(base()),
                WhatsAppPayloads.request("+972541234567", new WhatsAppMessage.Text("Hi")));
        assertThat(((GraphReply.Rejected) reply).error().kind()).isEqualTo(GraphApiError.Kind.UNEXPECTED);
    }

    @Test
    void anUnreachableApiIsANetworkErrorWithoutTheToken() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        GraphReply reply = new GraphApiClient().post(settings("http://127.0.0.1:" + closedPort),
                WhatsAppPayloads.request("+972541234567", new WhatsAppMessage.Text("Hi")));
        GraphApiError error = ((GraphReply.Rejected) reply).error();
        assertThat(error.kind()).isEqualTo(GraphApiError.Kind.UNAVAILABLE);
        assertThat(error.toString()).doesNotContain("EAAG-test-token");
    }
}
