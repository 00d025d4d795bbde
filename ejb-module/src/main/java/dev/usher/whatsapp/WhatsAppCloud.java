package dev.usher.whatsapp;

/**
 * Meta's WhatsApp Cloud API as a sender sees it: one call hands one message to one number over.
 * Retrying, and recording the send, are the sender's; the Graph API's wire format, its errors
 * and its settings stay in this package.
 */
public interface WhatsAppCloud {

    /** One call to Meta; {@code e164} is the number in international form. */
    GraphReply send(WhatsAppSettings settings, String e164, WhatsAppMessage message);
}
