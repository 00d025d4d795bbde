package dev.usher.invitations.control;

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

    /** The server's brand, for messages of no event. */
    public static MailBrand of(InvitationLook.Branding defaults) {
        return new MailBrand(defaults.name(), defaults.colour(), null, null, null);
    }
}
