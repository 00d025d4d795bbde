package dev.usher.whatsapp;

import dev.usher.deliveries.entity.DeliveryState;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one webhook POST from Meta carries, read with JSON-P: status reports of messages Usher
 * sent ({@code entry[].changes[].value.statuses[]}) and messages guests sent
 * ({@code ...value.messages[]}), each with the business number it concerns. Unknown fields,
 * types and objects are skipped, so a new kind of callback is acknowledged, not refused. Pure.
 */
public record WebhookPayload(List<StatusReport> statuses, List<InboundMessage> messages) {

    /** A status callback: sent, delivered, read or failed (with Meta's error). */
    public record StatusReport(String phoneNumberId, String messageId, String status, OffsetDateTime at,
                               String errorCode, String errorReason) {

        /** The ledger state this status means, if it is one Usher tracks. */
        public Optional<DeliveryState> state() {
            return switch (status == null ? "" : status) {
                case "sent" -> Optional.of(DeliveryState.sent);
                case "delivered" -> Optional.of(DeliveryState.delivered);
                case "read" -> Optional.of(DeliveryState.read);
                case "failed" -> Optional.of(DeliveryState.failed);
                default -> Optional.empty();
            };
        }
    }

    /**
     * A guest's message: {@code text} is the typed text or the tapped button's label,
     * {@code payload} a tapped quick-reply's payload, {@code contextMessageId} the message
     * replied to (a button tap always names it).
     */
    public record InboundMessage(String phoneNumberId, String messageId, String from, OffsetDateTime at,
                                 String type, String text, String payload, String contextMessageId) {
    }

    /** @throws IllegalArgumentException when the body is not a JSON object */
    public static WebhookPayload parse(byte[] body) {
        JsonObject root;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            JsonValue value = reader.readValue();
            if (!(value instanceof JsonObject object)) {
                throw new IllegalArgumentException("The body is not a JSON object");
            }
            root = object;
        } catch (JsonException e) {
            throw new IllegalArgumentException("The body is not valid JSON", e);
        }
        List<StatusReport> statuses = new ArrayList<>();
        List<InboundMessage> messages = new ArrayList<>();
        if (!"whatsapp_business_account".equals(text(root, "object"))) {
            return new WebhookPayload(statuses, messages);
        }
        for (JsonObject entry : objects(root, "entry")) {
            for (JsonObject change : objects(entry, "changes")) {
                if (!(change.get("value") instanceof JsonObject value)) {
                    continue;
                }
                String phoneNumberId = value.get("metadata") instanceof JsonObject metadata
                        ? text(metadata, "phone_number_id") : null;
                for (JsonObject status : objects(value, "statuses")) {
                    statuses.add(status(phoneNumberId, status));
                }
                for (JsonObject message : objects(value, "messages")) {
                    messages.add(message(phoneNumberId, message));
                }
            }
        }
        return new WebhookPayload(statuses, messages);
    }

    private static StatusReport status(String phoneNumberId, JsonObject status) {
        String code = null;
        String reason = null;
        List<JsonObject> errors = objects(status, "errors");
        if (!errors.isEmpty()) {
            JsonObject error = errors.get(0);
            code = text(error, "code");
            reason = error.get("error_data") instanceof JsonObject data && text(data, "details") != null
                    ? text(data, "details")
                    : text(error, "message") != null ? text(error, "message") : text(error, "title");
        }
        return new StatusReport(phoneNumberId, text(status, "id"), text(status, "status"),
                time(text(status, "timestamp")), code, reason);
    }

    private static InboundMessage message(String phoneNumberId, JsonObject message) {
        String type = text(message, "type");
        String text = null;
        String payload = null;
        if ("text".equals(type) && message.get("text") instanceof JsonObject body) {
            text = text(body, "body");
        } else if ("button".equals(type) && message.get("button") instanceof JsonObject button) {
            payload = text(button, "payload");
            text = text(button, "text");
        } else if ("interactive".equals(type) && message.get("interactive") instanceof JsonObject interactive) {
            JsonValue reply = interactive.containsKey("button_reply") ? interactive.get("button_reply")
                    : interactive.get("list_reply");
            if (reply instanceof JsonObject r) {
                payload = text(r, "id");
                text = text(r, "title");
            }
        }
        String context = message.get("context") instanceof JsonObject c ? text(c, "id") : null;
        return new InboundMessage(phoneNumberId, text(message, "id"), text(message, "from"),
                time(text(message, "timestamp")), type, text, payload, context);
    }

    /** Meta's timestamps are Unix seconds as text. */
    private static OffsetDateTime time(String seconds) {
        if (seconds == null) {
            return null;
        }
        try {
            return OffsetDateTime.ofInstant(Instant.ofEpochSecond(Long.parseLong(seconds.strip())), ZoneOffset.UTC);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<JsonObject> objects(JsonObject parent, String name) {
        List<JsonObject> out = new ArrayList<>();
        if (parent.get(name) instanceof JsonArray array) {
            for (JsonValue item : array) {
                if (item instanceof JsonObject object) {
                    out.add(object);
                }
            }
        }
        return out;
    }

    private static String text(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value instanceof JsonString s) {
            return s.getString();
        }
        return value == null || value == JsonValue.NULL || value instanceof JsonObject || value instanceof JsonArray
                ? null : value.toString();
    }
}
