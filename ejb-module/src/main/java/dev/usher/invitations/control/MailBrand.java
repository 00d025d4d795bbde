package dev.usher.invitations.control;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.util.ByteArrayDataSource;

import java.util.Base64;

/**
 * The brand one e-mail is composed with: an event's own values where it set them, the server's
 * ({@link InvitationLook}) elsewhere.
 *
 * @param senderName the From header's display name, or null for the configured one
 * @param image      the event's image (PNG, JPEG or GIF), or null
 */
public record MailBrand(String name, String colour, String senderName, byte[] image, String imageType) {

    /** The Content-ID of the image's inline part. */
    public static final String IMAGE_CONTENT_ID = "event-brand-image";

    public boolean hasImage() {
        return image != null && imageType != null;
    }

    /** The image as an inline part of a {@code multipart/related}: nothing is fetched from afar when the e-mail opens. */
    public MimeBodyPart inlineImage() throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(image, imageType)));
        part.setContentID("<" + IMAGE_CONTENT_ID + ">");
        part.setDisposition(MimeBodyPart.INLINE);
        return part;
    }

    /** The HTML as the console's preview shows it: the image's {@code cid:} reference as a {@code data:} URI. */
    public String inPreview(String html) {
        return hasImage() ? html.replace("\"cid:" + IMAGE_CONTENT_ID + "\"", "\"data:" + imageType + ";base64,"
                + Base64.getEncoder().encodeToString(image) + "\"") : html;
    }

    /** The server's brand, for messages of no event. */
    public static MailBrand of(InvitationLook.Branding defaults) {
        return new MailBrand(defaults.name(), defaults.colour(), null, null, null);
    }
}
