package dev.usher.whatsapp;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * An error answer of Meta's Graph API, typed: the HTTP status, Meta's {@code code} and
 * {@code error_subcode}, its message (with {@code error_data.details} when given) and the
 * {@code fbtrace_id} Meta support asks for. {@link #kind()} says whose fault it is and
 * whether a retry can help.
 *
 * <p>Codes, from Meta's Cloud API error reference: 130429 throughput reached, 131056 too many
 * messages to one user, 80007 and 4 rate limits; 131047 the 24-hour customer-service window
 * is closed; 190 access token expired or invalid; 10 and 200-299 missing permissions;
 * 131026, 131030, 131021 recipient problems; 1320xx template problems; 131008, 131009,
 * 131051, 131052, 131053 malformed message or media; 1, 2, 131000, 131016, 133004 transient
 * failures on Meta's side.
 */
public record GraphApiError(int httpStatus, Integer code, Integer subcode, String message, String fbtraceId) {

    /** Whose fault an error is, and so what Usher does with it. */
    public enum Kind {
        /** Meta throttles this number or recipient: retried, then 503 "try later". */
        THROTTLED(true),
        /** Meta failed (5xx or a transient code) or could not be reached: retried, then 502. */
        UNAVAILABLE(true),
        /** Only an approved template may be sent now (131047): 409 for the caller. */
        WINDOW_CLOSED(false),
        /** The caller can fix it (recipient, template, parameters): 422 for the caller. */
        REFUSED(false),
        /** Usher's access token was refused (190, HTTP 401): 503 for the caller, an operator must renew it. */
        TOKEN_REJECTED(false),
        /** Usher's app lacks a permission: 503 for the caller, an operator must fix it. */
        NOT_PERMITTED(false),
        /** Anything else: Usher sent something Meta did not expect, 502. */
        UNEXPECTED(false);

        private final boolean retryable;

        Kind(boolean retryable) {
            this.retryable = retryable;
        }

        public boolean retryable() {
            return retryable;
        }
    }

    private static final Set<Integer> THROTTLING = Set.of(4, 80007, 130429, 131056);
    private static final Set<Integer> TRANSIENT = Set.of(1, 2, 131000, 131016, 133004);
    private static final Set<Integer> CALLER_FAULT = Set.of(
            131008, 131009, 131021, 131026, 131030, 131051, 131052, 131053,
            132000, 132001, 132005, 132007, 132012, 132015, 132016, 132068, 132069);
    private static final int WINDOW = 131047;
    private static final int TOKEN = 190;

    public Kind kind() {
        if (httpStatus == 429 || code != null && THROTTLING.contains(code)) {
            return Kind.THROTTLED;
        }
        if (code != null && code == TOKEN || httpStatus == 401) {
            return Kind.TOKEN_REJECTED;
        }
        if (code != null && code == WINDOW) {
            return Kind.WINDOW_CLOSED;
        }
        if (code != null && CALLER_FAULT.contains(code)) {
            return Kind.REFUSED;
        }
        if (code != null && (code == 10 || code >= 200 && code <= 299)) {
            return Kind.NOT_PERMITTED;
        }
        if (httpStatus >= 500 || httpStatus == 0 || code != null && TRANSIENT.contains(code)) {
            return Kind.UNAVAILABLE;
        }
        return Kind.UNEXPECTED;
    }

    /** The code as the ledger stores it: Meta's code, else {@code http-<status>}, else {@code network}. */
    public String ledgerCode() {
        if (code != null) {
            return code.toString();
        }
        return httpStatus == 0 ? "network" : "http-" + httpStatus;
    }

    /** For problem bodies: the typed error without nulls. */
    public Map<String, Object> describe() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("httpStatus", httpStatus);
        if (code != null) {
            out.put("code", code);
        }
        if (subcode != null) {
            out.put("subcode", subcode);
        }
        if (message != null) {
            out.put("message", message);
        }
        if (fbtraceId != null) {
            out.put("fbtraceId", fbtraceId);
        }
        return out;
    }

    /** A failure to reach Meta at all (refused connection, timeout). */
    public static GraphApiError network(String what) {
        return new GraphApiError(0, null, null, what, null);
    }

    /**
     * Reads Meta's error body ({@code {"error": {...}}}); a body that is not one (an HTML page
     * from a proxy) still gives a typed error with the HTTP status. {@code secret} (the access
     * token) is cut out of the message in case it were ever echoed.
     */
    public static GraphApiError parse(int httpStatus, String body, String secret) {
        JsonObject error = null;
        if (body != null && !body.isBlank()) {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                JsonValue root = reader.readValue();
                if (root instanceof JsonObject object && object.get("error") instanceof JsonObject e) {
                    error = e;
                }
            } catch (jakarta.json.JsonException | IllegalStateException e) {
                // not JSON: keep the status only
            }
        }
        if (error == null) {
            return new GraphApiError(httpStatus, null, null, "HTTP " + httpStatus + " without a Graph API error body",
                    null);
        }
        String message = text(error, "message");
        if (error.get("error_data") instanceof JsonObject data && text(data, "details") != null) {
            message = (message == null ? "" : message + ": ") + text(data, "details");
        }
        return new GraphApiError(httpStatus, number(error, "code"), number(error, "error_subcode"),
                redact(message, secret), text(error, "fbtrace_id"));
    }

    static String redact(String text, String secret) {
        if (text == null || secret == null || secret.isEmpty()) {
            return text;
        }
        return text.replace(secret, "***");
    }

    private static String text(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value instanceof jakarta.json.JsonString s) {
            return s.getString();
        }
        return value == null || value == JsonValue.NULL ? null : value.toString();
    }

    private static Integer number(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value instanceof JsonNumber n) {
            return n.intValue();
        }
        if (value instanceof jakarta.json.JsonString s) {
            try {
                return Integer.valueOf(s.getString().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
