package dev.usher.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

import static dev.usher.it.Fixture.created;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the WhatsApp tests share: fresh phone numbers, guests to message, and webhook bodies as
 * Meta writes them, signed here with the test run's app secret (HMAC computed independently of
 * the server's code).
 */
final class WhatsAppCalls {

    static final String WEBHOOK = "/api/webhooks/whatsapp";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WhatsAppCalls() {
    }

    // Counted from a random start, not drawn: 5,000 random draws of 10^7 numbers almost surely collide.
    private static final java.util.concurrent.atomic.AtomicInteger NEXT_PHONE =
            new java.util.concurrent.atomic.AtomicInteger(RANDOM.nextInt(5_000_000));

    /** An Israeli mobile number no other test of this run uses, in E.164. */
    static String uniquePhone() {
        return "+97254" + String.format("%07d", NEXT_PHONE.getAndIncrement() % 10_000_000);
    }

    static String guest(Fixture f, String firstName, String phone) {
        String json = phone == null
                ? "{\"firstName\":\"" + firstName + "\",\"lastName\":\"Cohen\"}"
                : "{\"firstName\":\"" + firstName + "\",\"lastName\":\"Cohen\",\"phone\":\"" + phone + "\"}";
        return created(f.editor.post(f.events("/guests"), json)).getString("id");
    }

    static Api.Reply sendText(Api caller, Fixture f, String guestId, String text) {
        return caller.post(f.events("/whatsapp"), Json.createObjectBuilder()
                .add("guestId", guestId).add("text", text).build().toString());
    }

    static JsonObject sent(Api.Reply reply) {
        JsonObject message = created(reply);
        assertThat(message.getString("state")).as(reply.toString()).isEqualTo("sent");
        return message;
    }

    // --- webhooks ---

    static String sign(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static Api.Reply postSigned(byte[] body) {
        return post(body, sign(body, TestEnvironment.whatsappAppSecret()));
    }

    static Api.Reply post(byte[] body, String signature) {
        Map<String, String> headers = signature == null ? Map.of("Content-Type", "application/json")
                : Map.of("Content-Type", "application/json", "X-Hub-Signature-256", signature);
        return Api.anonymous().sendBytes("POST", WEBHOOK, body, headers);
    }

    static byte[] bytes(JsonObject json) {
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Meta's envelope around one change value. */
    static JsonObject envelope(JsonObjectBuilder value) {
        return Json.createObjectBuilder()
                .add("object", "whatsapp_business_account")
                .add("entry", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("id", "102290129340398")
                        .add("changes", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("field", "messages")
                                .add("value", value
                                        .add("messaging_product", "whatsapp")
                                        .add("metadata", Json.createObjectBuilder()
                                                .add("display_phone_number", "15550783881")
                                                .add("phone_number_id", TestEnvironment.WHATSAPP_PHONE_NUMBER_ID)))))))
                .build();
    }

    static JsonObjectBuilder status(String wamid, String status, long epochSeconds, String recipientE164) {
        return Json.createObjectBuilder()
                .add("id", wamid)
                .add("status", status)
                .add("timestamp", String.valueOf(epochSeconds))
                .add("recipient_id", recipientE164.substring(1));
    }

    static JsonObject statuses(JsonObjectBuilder... statuses) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (JsonObjectBuilder s : statuses) {
            array.add(s);
        }
        return envelope(Json.createObjectBuilder().add("statuses", array));
    }

    static JsonObject failedStatus(String wamid, long epochSeconds, String recipientE164, int code, String details) {
        return statuses(status(wamid, "failed", epochSeconds, recipientE164)
                .add("errors", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("code", code).add("title", "Message undeliverable").add("message", "Message undeliverable")
                        .add("error_data", Json.createObjectBuilder().add("details", details)))));
    }

    /** A guest's message: a tapped quick reply (payload) or typed text, optionally replying to a message. */
    static JsonObject reply(String fromE164, String inboundId, long epochSeconds, String contextWamid,
                            String payload, String text) {
        JsonObjectBuilder message = Json.createObjectBuilder()
                .add("from", fromE164.substring(1))
                .add("id", inboundId)
                .add("timestamp", String.valueOf(epochSeconds));
        if (contextWamid != null) {
            message.add("context", Json.createObjectBuilder().add("from", "15550783881").add("id", contextWamid));
        }
        if (payload != null) {
            message.add("type", "button").add("button", Json.createObjectBuilder().add("payload", payload)
                    .add("text", text == null ? "Yes" : text));
        } else {
            message.add("type", "text").add("text", Json.createObjectBuilder().add("body", text));
        }
        return envelope(Json.createObjectBuilder()
                .add("contacts", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("profile", Json.createObjectBuilder().add("name", "Guest"))
                        .add("wa_id", fromE164.substring(1))))
                .add("messages", Json.createArrayBuilder().add(message)));
    }
}
