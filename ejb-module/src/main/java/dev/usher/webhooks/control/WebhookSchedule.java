package dev.usher.webhooks.control;

import dev.usher.platform.timers.Beats;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every {@code USHER_WEBHOOKS_POLL_SECONDS} (default 5) this server sends the webhook deliveries that
 * are due; every server does, and the queue ({@link WebhookQueue}) decides which one sends each. A
 * non-persistent timer, as the digests' ({@code DigestSchedule}): nothing to recover, the next beat
 * looks again. Each delivery is claimed in a transaction, sent outside any (a slow receiver holds no
 * database connection or lock), and its outcome recorded in another.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookSchedule {

    private static final Logger LOG = Logger.getLogger(WebhookSchedule.class.getName());
    /** At most this many deliveries in one beat; the rest wait for the next. */
    private static final int PER_BEAT = 100;
    /** Beyond the request's timeout: a claim older than the two belonged to a server that stopped. */
    private static final Duration LEASE_MARGIN = Duration.ofSeconds(50);
    private static final int ERROR_LENGTH = 300;

    @Resource
    TimerService timers;

    @Inject
    WebhookQueue queue;

    @Inject
    WebhookSecrets secrets;

    @Inject
    @ConfigProperty(name = "usher.webhooks.poll-seconds", defaultValue = "5")
    int pollSeconds;

    @Inject
    @ConfigProperty(name = "usher.webhooks.retry-base-seconds", defaultValue = "30")
    int retryBaseSeconds;

    /** A receiver has this long to answer; it should answer at once and do its work later. */
    @Inject
    @ConfigProperty(name = "usher.webhooks.timeout-seconds", defaultValue = "10")
    int timeoutSeconds;

    private HttpClient http;

    @PostConstruct
    void schedule() {
        if (retryBaseSeconds < 1) {
            throw new IllegalStateException("USHER_WEBHOOKS_RETRY_BASE_SECONDS must be at least 1, not "
                    + retryBaseSeconds);
        }
        if (timeoutSeconds < 1 || timeoutSeconds > 60) {
            throw new IllegalStateException("USHER_WEBHOOKS_TIMEOUT_SECONDS must be 1 to 60, not " + timeoutSeconds);
        }
        // Redirects are not followed: the URL an admin entered, and checked, is the only one posted to.
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        // Asked here, not inside the log call: a malformed key must stop the start whatever the log level.
        boolean sealing = secrets.sealing();
        LOG.info(() -> "Webhook secrets are stored " + (sealing ? "sealed with USHER_SECRETS_KEY"
                : "in clear (no USHER_SECRETS_KEY)"));
        Beats.every(timers, pollSeconds, "USHER_WEBHOOKS_POLL_SECONDS");
    }

    @Timeout
    void beat(Timer timer) {
        try {
            for (int i = 0; i < PER_BEAT; i++) {
                Optional<WebhookQueue.Claimed> claimed = queue.claim(Duration.ofSeconds(timeoutSeconds).plus(LEASE_MARGIN));
                if (claimed.isEmpty()) {
                    return;
                }
                send(claimed.get());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending webhook deliveries failed; the next beat tries again", e);
        }
    }

    private void send(WebhookQueue.Claimed delivery) {
        Duration base = Duration.ofSeconds(retryBaseSeconds);
        HttpResponse<Void> response;
        String secret;
        try {
            secret = secrets.open(delivery.secret());
        } catch (IllegalStateException e) {
            queue.retry(delivery, null, e.getMessage(), base);
            return;
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url()))
                    .timeout(Duration.ofSeconds(timeoutSeconds))
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Usher-Webhooks/1")
                    .header("Usher-Delivery", delivery.deliveryId().toString())
                    .header("Usher-Event", delivery.eventType())
                    .header(WebhookSignature.HEADER, WebhookSignature.header(secret,
                            Instant.now().getEpochSecond(), delivery.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8))
                    .build();
            response = http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (HttpTimeoutException e) {
            queue.retry(delivery, null, "No answer within " + timeoutSeconds + " s", base);
            return;
        } catch (IOException | IllegalArgumentException e) {
            queue.retry(delivery, null, shorten(e.getClass().getSimpleName() + ": " + e.getMessage()), base);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            queue.retry(delivery, null, "Interrupted while sending", base);
            return;
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            queue.delivered(delivery, status);
        } else if (status == 410) {
            queue.gone(delivery);
        } else {
            queue.retry(delivery, status, "HTTP " + status, base);
        }
    }

    private static String shorten(String text) {
        return text.length() <= ERROR_LENGTH ? text : text.substring(0, ERROR_LENGTH);
    }
}
