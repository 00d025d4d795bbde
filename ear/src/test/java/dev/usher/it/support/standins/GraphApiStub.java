package dev.usher.it.support.standins;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * A real HTTP server in the test JVM standing in for Meta's Graph API (the JDK's own
 * HttpServer). The Usher server under test is pointed at it (WHATSAPP_API_BASE_URL). It
 * records every request and answers each recipient ("to") with the replies a test scripted
 * for it, then with a success carrying a fresh wamid. Tests use a fresh phone number each, so
 * they never see each other's requests.
 */
public final class GraphApiStub {

    /** One request as Usher sent it. */
    public record Request(String method, String path, String authorization, String contentType, String body) {

        public JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }
    }

    /** A canned answer. */
    public record Reply(int status, String body, String retryAfter) {

        public static Reply accepted(String wamid) {
            return new Reply(200, Json.createObjectBuilder()
                    .add("messaging_product", "whatsapp")
                    .add("contacts", Json.createArrayBuilder().add(Json.createObjectBuilder().add("wa_id", "0")))
                    .add("messages", Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", wamid)))
                    .build().toString(), null);
        }

        /** An error body exactly as Meta writes them. */
        public static Reply metaError(int status, int code, Integer subcode, String message, String details) {
            JsonObjectBuilder error = Json.createObjectBuilder()
                    .add("message", message)
                    .add("type", "OAuthException")
                    .add("code", code);
            if (subcode != null) {
                error.add("error_subcode", subcode);
            }
            if (details != null) {
                error.add("error_data", Json.createObjectBuilder()
                        .add("messaging_product", "whatsapp").add("details", details));
            }
            error.add("fbtrace_id", "Trace" + code);
            return new Reply(status, Json.createObjectBuilder().add("error", error).build().toString(), null);
        }

        public Reply withRetryAfter(String seconds) {
            return new Reply(status, body, seconds);
        }

        public static final Reply WINDOW_CLOSED = metaError(400, 131047, 2494010, "(#131047) Re-engagement message",
                "Message failed to send because more than 24 hours have passed since the customer last replied to this number.");
        public static final Reply THROTTLED = metaError(400, 130429, null, "(#130429) Rate limit hit",
                "Cloud API message throughput has been reached.");
        public static final Reply TOO_MANY_REQUESTS = new Reply(429, "", null);
        public static final Reply TOKEN_EXPIRED = metaError(401, 190, 463,
                "Error validating access token: Session has expired on Friday, 01-Jan-27 10:00:00 PST.", null);
        public static final Reply SERVER_ERROR = metaError(500, 1, null, "An unknown error has occurred.", null);
        public static final Reply TEMPLATE_MISSING = metaError(404, 132001, null,
                "(#132001) Template name does not exist in the translation",
                "template name (rsvp_missing) does not exist in he");
    }

    private final HttpServer server;
    private final Map<String, Deque<Reply>> scripted = new ConcurrentHashMap<>();
    private final Map<String, List<Request>> seen = new ConcurrentHashMap<>();
    private final Map<String, Runnable> observers = new ConcurrentHashMap<>();

    private GraphApiStub(HttpServer server) {
        this.server = server;
    }

    /** Listens on a free loopback port until the test JVM ends. */
    public static GraphApiStub start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
            GraphApiStub stub = new GraphApiStub(server);
            server.createContext("/", stub::handle);
            server.setExecutor(Executors.newFixedThreadPool(4, r -> {
                Thread t = new Thread(r, "graph-api-stub");
                t.setDaemon(true);
                return t;
            }));
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next calls for this number (E.164, with or without +) get these replies, in order. */
    public void answer(String phone, Reply... replies) {
        Deque<Reply> queue = scripted.computeIfAbsent(digits(phone), k -> new ArrayDeque<>());
        synchronized (queue) {
            queue.addAll(List.of(replies));
        }
    }

    /** Runs {@code observer} on each call for this number, before answering it (to look at the database then). */
    public void whenCalled(String phone, Runnable observer) {
        observers.put(digits(phone), observer);
    }

    /** Every request Usher made for this number, in order. */
    public List<Request> requestsTo(String phone) {
        List<Request> requests = seen.getOrDefault(digits(phone), List.of());
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"), body);
            String to = to(request);
            List<Request> requests = seen.computeIfAbsent(to, k -> new ArrayList<>());
            synchronized (requests) {
                requests.add(request);
            }
            Runnable observer = observers.get(to);
            if (observer != null) {
                observer.run();
            }
            Reply reply = next(to);
            if (reply.retryAfter() != null) {
                exchange.getResponseHeaders().add("Retry-After", reply.retryAfter());
            }
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    private Reply next(String to) {
        Deque<Reply> queue = scripted.get(to);
        if (queue != null) {
            synchronized (queue) {
                if (!queue.isEmpty()) {
                    return queue.removeFirst();
                }
            }
        }
        return Reply.accepted("wamid." + UUID.randomUUID().toString().replace("-", ""));
    }

    private static String to(Request request) {
        try {
            return digits(request.json().getString("to", ""));
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static String digits(String phone) {
        return phone.replaceAll("[^0-9]", "");
    }
}
