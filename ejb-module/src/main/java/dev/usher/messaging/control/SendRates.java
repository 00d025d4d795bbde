package dev.usher.messaging.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link SendRate} per WhatsApp business number in this server: Meta's throughput limit is
 * per number, so two broadcasts running at once share it instead of each sending at the full
 * rate. (Servers sharing a number each pace on their own.)
 */
@ApplicationScoped
public class SendRates {

    private final Map<String, SendRate> byNumber = new ConcurrentHashMap<>();

    /** The pace for this number; a new one when the configured rate has changed. */
    public SendRate forNumber(String phoneNumberId, double perSecond) {
        return byNumber.compute(phoneNumberId == null ? "" : phoneNumberId,
                (number, current) -> current != null && current.perSecond() == perSecond ? current : new SendRate(perSecond));
    }
}
