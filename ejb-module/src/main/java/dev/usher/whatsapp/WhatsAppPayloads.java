package dev.usher.whatsapp;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

/**
 * The JSON bodies, built with JSON-P: what the Cloud API's messages endpoint expects, and
 * what the ledger keeps of a message. Pure.
 */
public final class WhatsAppPayloads {

    /** Looked up once: each {@code Json.create...} call looks the provider up again (a service-loader scan). */
    private static final JsonProvider JSON = JsonProvider.provider();

    private WhatsAppPayloads() {
    }

    /**
     * The request body of {@code POST /{version}/{phone-number-id}/messages}. {@code to} is the
     * number in international form without the plus, as Meta's own examples and wa_ids write it.
     */
    public static JsonObject request(String e164, WhatsAppMessage message) {
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("messaging_product", "whatsapp")
                .add("recipient_type", "individual")
                .add("to", e164.startsWith("+") ? e164.substring(1) : e164);
        if (message instanceof WhatsAppMessage.Text text) {
            return body.add("type", "text")
                    .add("text", JSON.createObjectBuilder().add("preview_url", false).add("body", text.body()))
                    .build();
        }
        WhatsAppMessage.Template template = (WhatsAppMessage.Template) message;
        JsonArrayBuilder components = JSON.createArrayBuilder();
        if (!template.bodyParameters().isEmpty()) {
            JsonArrayBuilder parameters = JSON.createArrayBuilder();
            template.bodyParameters().forEach(p -> parameters.add(
                    JSON.createObjectBuilder().add("type", "text").add("text", p)));
            components.add(JSON.createObjectBuilder().add("type", "body").add("parameters", parameters));
        }
        for (int i = 0; i < template.quickReplyPayloads().size(); i++) {
            components.add(JSON.createObjectBuilder()
                    .add("type", "button")
                    .add("sub_type", "quick_reply")
                    .add("index", String.valueOf(i))
                    .add("parameters", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                            .add("type", "payload")
                            .add("payload", template.quickReplyPayloads().get(i)))));
        }
        return body.add("type", "template")
                .add("template", JSON.createObjectBuilder()
                        .add("name", template.name())
                        .add("language", JSON.createObjectBuilder().add("code", template.language()))
                        .add("components", components))
                .build();
    }

    /** What the ledger keeps: the message as the guest got it. */
    public static JsonObject ledgerContent(WhatsAppMessage message) {
        if (message instanceof WhatsAppMessage.Text text) {
            return JSON.createObjectBuilder().add("type", "text").add("text", text.body()).build();
        }
        WhatsAppMessage.Template template = (WhatsAppMessage.Template) message;
        return JSON.createObjectBuilder()
                .add("type", "template")
                .add("name", template.name())
                .add("language", template.language())
                .add("bodyParameters", JSON.createArrayBuilder(template.bodyParameters()))
                .add("quickReplyPayloads", JSON.createArrayBuilder(template.quickReplyPayloads()))
                .build();
    }
}
