package dev.usher.messaging.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link SendRate} per WhatsApp business number in this server, each reserving its sends on
 * the number's timeline that every server shares ({@link SendSlots}): Meta's throughput limit is per
 * number, so broadcasts running at once, here or on other servers, share it instead of each
 * sending at the full rate.
 */
@ApplicationScoped
public class SendRates {

    @Inject
    SendSlots slots;

    private final Map<String, SendRate> byNumber = new ConcurrentHashMap<>();

    /** The pace for this number; a new one when the configured rate has changed. */
    public SendRate forNumber(String phoneNumberId, double perSecond) {
        String number = key(phoneNumberId);
        return byNumber.compute(number, (n, current) -> current != null && current.perSecond() == perSecond ? current
                : new SendRate(perSecond, reserved -> slots.reserve(number, reserved, perSecond)));
    }

    /** Meta throttled this number: no server sends on it again sooner than {@code wait} from now. */
    public void holdOff(String phoneNumberId, Duration wait) {
        slots.holdOff(key(phoneNumberId), wait);
        SendRate rate = byNumber.get(key(phoneNumberId));
        if (rate != null) {
            rate.dropReserved(); // this server's reserved sends would otherwise still go out now
        }
    }

    private static String key(String phoneNumberId) {
        return phoneNumberId == null ? "" : phoneNumberId;
    }
}
