package dev.usher.whatsapp;

import java.util.List;
import java.util.Objects;

/**
 * A WhatsApp message ready to go to one guest: placeholders are filled in and quick-reply
 * payloads name the guest. Free text is allowed only inside the 24-hour customer-service
 * window; a template approved by Meta may be sent at any time.
 */
public sealed interface WhatsAppMessage {

    /** {@code text} or {@code template}, as the ledger's kind. */
    String kind();

    record Text(String body) implements WhatsAppMessage {
        public Text {
            Objects.requireNonNull(body, "body");
        }

        @Override
        public String kind() {
            return "text";
        }
    }

    /**
     * An approved template by name and language, the values of its body's {{1}}, {{2}}...
     * in order, and one payload per quick-reply button, in button order.
     */
    record Template(String name, String language, List<String> bodyParameters, List<String> quickReplyPayloads)
            implements WhatsAppMessage {
        public Template {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(language, "language");
            bodyParameters = List.copyOf(bodyParameters);
            quickReplyPayloads = List.copyOf(quickReplyPayloads);
        }

        @Override
        public String kind() {
            return "template";
        }
    }
}
