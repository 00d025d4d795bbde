package dev.usher.it.support.standins;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.usher.it.support.servers.TestEnvironment;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook receiver as a subscriber would write one, a real HTTP server on loopback (the JDK's own
 * HttpServer): it verifies each request's {@code Usher-Signature} the way the README tells receivers
 * to (HMAC-SHA256 of {@code "<t>.<body>"}, compared in constant time, refused when {@code t} is more
 * than five minutes off), records it, and answers with the statuses a test scripted (or, for
 * {@link #TOO_LATE}, only after the server has given up waiting), then 200. It
 * counts the requests it is handling at once, so a test sees whether Usher ever sent two together,
 * and the 2xx answers it gave per occurrence (the payload's {@code id}), so a test sees that none was
 * completed twice. It can hold the first request open, unanswered, for a server to be killed mid-request.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** A scripted answer: hold the request past the server's timeout, then answer 200 (too late). */
    public static final int TOO_LATE = -1;

    /** How far a signature's timestamp may be from this receiver's clock. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    /** One request as Usher sent it, and whether its signature held. */
    public record Received(String deliveryId, String eventType, String signature, String body, boolean verified,
                           int answered) {

        public JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Received> received = new ArrayList<>();
    private final Deque<Integer> script = new ArrayDeque<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private final Map<String, Integer> okAnswers = new LinkedHashMap<>();
    private final List<String> okOrder = new ArrayList<>();
    private final AtomicBoolean holdFirst = new AtomicBoolean();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile String secret = "";
    private volatile long holdMillis;

    private WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/hooks", this::handle);
        server.start();
    }

    public static WebhookReceiver start() {
        try {
            return new WebhookReceiver();
        } catch (IOException e) {
            throw new IllegalStateException("The webhook receiver could not start", e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    /** The subscription's secret, as the creation answered it. */
    public void secret(String secret) {
        this.secret = secret;
    }

    public String secret() {
        return secret;
    }

    /** The next answers, in order; after them every request gets 200. */
    public synchronized void answer(Integer... statuses) {
        script.addAll(List.of(statuses));
    }

    /** Each request is held this long before its answer, so overlapping requests would be seen. */
    public void hold(Duration hold) {
        this.holdMillis = hold.toMillis();
    }

    /**
     * The next request is held open without an answer until this receiver closes (then it gets a 503,
     * if its sender is still there): the sender's request is in flight for as long as a test needs.
     */
    public void holdFirst() {
        holdFirst.set(true);
    }

    /** How many 2xx answers each occurrence (payload {@code id}) got, in the order of their first. */
    public synchronized Map<String, Integer> okAnswers() {
        return Map.copyOf(okAnswers);
    }

    /** The occurrences ({@code id}) answered 2xx, in the order they were answered. */
    public synchronized List<String> okOrder() {
        return List.copyOf(okOrder);
    }

    public synchronized List<Received> received() {
        return List.copyOf(received);
    }

    public int mostInFlight() {
        return mostInFlight.get();
    }

    /** The requests received once there are {@code count} of them (at most 60 s of waiting). */
    public List<Received> await(int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (received().size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        return received();
    }

    private void handle(HttpExchange exchange) throws IOException {
        int now = inFlight.incrementAndGet();
        mostInFlight.accumulateAndGet(now, Math::max);
        try {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String signature = exchange.getRequestHeaders().getFirst("Usher-Signature");
            boolean verified = verify(signature, body, secret, Instant.now());
            if (holdFirst.compareAndSet(true, false)) {
                synchronized (this) {
                    received.add(new Received(exchange.getRequestHeaders().getFirst("Usher-Delivery"),
                            exchange.getRequestHeaders().getFirst("Usher-Event"), signature, body, verified, 503));
                }
                released.await();
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            int status;
            synchronized (this) {
                Integer scripted = script.poll();
                status = !verified ? 401 : scripted == null ? 200 : scripted;
                received.add(new Received(exchange.getRequestHeaders().getFirst("Usher-Delivery"),
                        exchange.getRequestHeaders().getFirst("Usher-Event"), signature, body, verified, status));
            }
            if (holdMillis > 0) {
                Thread.sleep(holdMillis);
            }
            if (status == TOO_LATE) {
                Thread.sleep(Duration.ofSeconds(TestEnvironment.WEBHOOK_TIMEOUT_SECONDS + 2).toMillis());
                status = 200;
            }
            exchange.sendResponseHeaders(status, -1);
            if (status >= 200 && status < 300) {
                String occurrence = Json.createReader(new StringReader(body)).readObject().getString("id");
                synchronized (this) {
                    okAnswers.merge(occurrence, 1, Integer::sum);
                    okOrder.add(occurrence);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.sendResponseHeaders(503, -1);
        } finally {
            inFlight.decrementAndGet();
            exchange.close();
        }
    }

    /** A receiver's check, as in the README: every part present, the HMAC equal, the timestamp recent. */
    public static boolean verify(String header, String body, String secret, Instant now) {
        if (header == null || secret.isEmpty()) {
            return false;
        }
        String t = null;
        List<String> v1 = new ArrayList<>();
        for (String part : header.split(",")) {
            String[] kv = part.split("=", 2);
            if (kv.length == 2 && kv[0].equals("t")) {
                t = kv[1];
            } else if (kv.length == 2 && kv[0].equals("v1")) {
                v1.add(kv[1]);
            }
        }
        if (t == null || v1.isEmpty()) {
            return false;
        }
        long seconds;
        try {
            seconds = Long.parseLong(t);
        } catch (NumberFormatException e) {
            return false;
        }
        if (Duration.between(Instant.ofEpochSecond(seconds), now).abs().compareTo(TOLERANCE) > 0) {
            return false;
        }
        byte[] expected = hmac(secret, t + "." + body).getBytes(StandardCharsets.US_ASCII);
        return v1.stream().anyMatch(s -> MessageDigest.isEqual(expected, s.getBytes(StandardCharsets.US_ASCII)));
    }

    public static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
