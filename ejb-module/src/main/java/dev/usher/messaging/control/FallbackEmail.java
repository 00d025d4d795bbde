package dev.usher.messaging.control;

import jakarta.json.Json;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Objects;

/**
 * The e-mail a guest gets when a broadcast's WhatsApp message could not reach them: the same
 * text, placeholders filled in as for WhatsApp, as plain text, the event's name as subject.
 */
public record FallbackEmail(String to, String subject, String body) {

    /** The ledger's kind for a broadcast's fallback e-mail. */
    public static final String KIND = "broadcast-fallback";

    public FallbackEmail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }

    public static FallbackEmail of(String to, String eventName, String text) {
        return new FallbackEmail(to, eventName, text);
    }

    /** What the ledger keeps of it (the address is the record's recipient). */
    public String ledgerContent() {
        return Json.createObjectBuilder().add("type", "text").add("subject", subject).add("text", body).build().toString();
    }

    public MimeMessage compose(Session session, String from) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(body, StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        return message;
    }
}
