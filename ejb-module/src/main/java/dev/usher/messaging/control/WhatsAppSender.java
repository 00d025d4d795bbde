package dev.usher.messaging.control;

import dev.usher.deliveries.control.RecordedSends;
import dev.usher.whatsapp.GraphApiError;
import dev.usher.whatsapp.GraphReply;
import dev.usher.whatsapp.RetryPolicy;
import dev.usher.whatsapp.WhatsAppCloud;
import dev.usher.whatsapp.WhatsAppSettings;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The send of one message to one guest by the {@link RecordedSends} protocol, shared by a
 * member's send and the broadcast job: the ledger record is committed as {@code sending} before
 * Meta is called, each retry is an attempt, and the outcome is committed after. Throttling and
 * Meta's failures are retried within the {@link RetryPolicy}; everything else is final at once. Checks no membership:
 * boundaries call it for a guest of an event they have guarded.
 */
@Dependent
public class WhatsAppSender {

    private static final Logger LOG = Logger.getLogger(WhatsAppSender.class.getName());

    @Inject
    RecordedSends sends;

    @Inject
    WhatsAppCloud cloud;

    @Inject
    SendRates rates;

    /** A message outside any broadcast: always a new record. */
    public SendResult send(WhatsAppSettings settings, Outbound outbound) {
        UUID deliveryId = sends.begin(outbound.outgoing());
        return deliver(settings, deliveryId, outbound);
    }

    /**
     * A message of a broadcast ({@code outbound.refs().broadcastId()}): at most one record per
     * guest, and a guest the broadcast already reached is not sent to again. A guest without a
     * phone gets a failed record, so the broadcast's totals account for every guest.
     */
    public SendResult sendInBroadcast(WhatsAppSettings settings, Outbound outbound) {
        if (outbound.recipient() == null) {
            RecordedSends.Start start = sends.unsendableInBroadcast(outbound.outgoing(), Outbound.NO_PHONE,
                    outbound.noPhoneReason());
            return start.decision().sends() ? new SendResult.NoPhone(start.deliveryId(), outbound.noPhoneReason())
                    : new SendResult.AlreadyHandled(start.deliveryId(), start.state());
        }
        RecordedSends.Start start = sends.beginInBroadcast(outbound.outgoing());
        if (start.sends()) {
            return deliver(settings, start.deliveryId(), outbound);
        }
        return new SendResult.AlreadyHandled(start.deliveryId(), start.state());
    }

    private SendResult deliver(WhatsAppSettings settings, UUID deliveryId, Outbound outbound) {
        RetryPolicy policy = settings.retryPolicy().orElseThrow(() -> new IllegalStateException(
                "WhatsApp retry settings are invalid"));
        long started = System.nanoTime();
        Duration wait = Duration.ZERO;
        for (int attempt = 1; ; attempt++) {
            if (attempt > 1) {
                if (!pause(wait)) {
                    GraphApiError interrupted = GraphApiError.network("Interrupted while waiting to retry");
                    sends.failed(deliveryId, interrupted.ledgerCode(), interrupted.message());
                    return new SendResult.Failed(deliveryId, interrupted, attempt - 1);
                }
                sends.retrying(deliveryId);
            }
            GraphReply reply = cloud.send(settings, outbound.recipient(), outbound.message());
            if (reply instanceof GraphReply.Accepted accepted) {
                sends.sent(deliveryId, accepted.messageId());
                return new SendResult.Sent(deliveryId, accepted.messageId(), attempt);
            }
            GraphReply.Rejected rejected = (GraphReply.Rejected) reply;
            GraphApiError error = rejected.error();
            wait = policy.waitBefore(attempt + 1, rejected.retryAfter());
            if (error.kind() == GraphApiError.Kind.THROTTLED) {
                // Meta throttles the number, not this send: every server's broadcasts on it wait too.
                rates.holdOff(settings.phoneNumberId(), wait);
            }
            if (error.kind().retryable()
                    && policy.allowsAnother(attempt, Duration.ofNanos(System.nanoTime() - started), wait)) {
                int made = attempt;
                Duration waiting = wait;
                LOG.info(() -> "WhatsApp message " + deliveryId + ": attempt " + made + " of " + policy.maxAttempts()
                        + " answered " + error.kind() + " (" + error.ledgerCode() + "); retrying in "
                        + waiting.toMillis() + " ms");
                continue;
            }
            sends.failed(deliveryId, error.ledgerCode(), error.message());
            int made = attempt;
            LOG.info(() -> "WhatsApp message " + deliveryId + " failed after " + made + " attempt(s): "
                    + error.kind() + " (" + error.ledgerCode() + ", trace " + error.fbtraceId() + ")");
            return new SendResult.Failed(deliveryId, error, attempt);
        }
    }

    private static boolean pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
