package dev.usher.messaging.control;

import dev.usher.platform.errors.BadGatewayException;
import dev.usher.platform.errors.ConflictException;
import dev.usher.platform.errors.RefusedByProviderException;
import dev.usher.platform.errors.ServiceUnavailableException;
import dev.usher.platform.errors.UsherException;
import dev.usher.whatsapp.GraphApiError;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problem the Usher caller gets for a failed send: a 4xx when the caller can fix it
 * (409 when only a template may be sent now, 422 for a refused recipient or template), 503
 * when an operator must act or Meta throttles, 502 when Meta failed. Every problem carries
 * the ledger record's id and Meta's typed error; none carries the access token (the error's
 * message was cut free of it when parsed).
 */
public final class SendFailures {

    private SendFailures() {
    }

    public static UsherException problem(SendResult.Failed failed) {
        GraphApiError error = failed.error();
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("deliveryId", failed.deliveryId());
        extensions.put("attempts", failed.attempts());
        extensions.put("whatsappError", error.describe());
        String meta = error.code() == null ? "HTTP " + error.httpStatus() : "Meta error " + error.code();
        return switch (error.kind()) {
            case WINDOW_CLOSED -> new ConflictException("WhatsApp delivers free text only within 24 hours of the "
                    + "guest's last message to this number; send an approved template instead (" + meta + ")",
                    extensions);
            case REFUSED -> new RefusedByProviderException("WhatsApp refused the message: " + error.message()
                    + " (" + meta + ")", extensions);
            case TOKEN_REJECTED -> new ServiceUnavailableException("WhatsApp refused Usher's access token (" + meta
                    + "): an operator must renew WHATSAPP_ACCESS_TOKEN", withMissing(extensions, "WHATSAPP_ACCESS_TOKEN"));
            case NOT_PERMITTED -> new ServiceUnavailableException("Usher's WhatsApp app lacks a permission Meta "
                    + "requires (" + meta + "): an operator must grant it", extensions);
            case THROTTLED -> new ServiceUnavailableException("WhatsApp is throttling Usher's number (" + meta
                    + ") and still was after " + failed.attempts() + " attempt(s); try again later", extensions);
            case UNAVAILABLE -> new BadGatewayException("The WhatsApp Cloud API failed (" + meta + ") "
                    + failed.attempts() + " time(s); try again later", extensions);
            case UNEXPECTED -> new BadGatewayException("The WhatsApp Cloud API refused the request unexpectedly ("
                    + meta + "): " + error.message(), extensions);
        };
    }

    /** Whether a broadcast should go on after this failure: only when it concerns this one guest. */
    public static boolean concernsOnlyThisGuest(SendResult.Failed failed) {
        return switch (failed.error().kind()) {
            case WINDOW_CLOSED, REFUSED -> true;
            default -> false;
        };
    }

    private static Map<String, Object> withMissing(Map<String, Object> extensions, String setting) {
        Map<String, Object> out = new LinkedHashMap<>(extensions);
        out.put("settings", List.of(setting));
        return out;
    }
}
