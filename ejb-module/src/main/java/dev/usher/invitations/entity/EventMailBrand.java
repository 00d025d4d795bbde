package dev.usher.invitations.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

/**
 * The brand of one event's invitation e-mails: display name, colour, sender display name and an
 * optional image. Null members fall back to the server's {@code usher.mail.*} settings. The values
 * are checked by {@code BrandRules} before they get here; the table's checks hold them too.
 */
@Entity
@Table(name = "event_mail_brands")
public class EventMailBrand {

    @Id
    @Column(name = "event_id")
    private UUID eventId;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "color")
    private String color;

    @Column(name = "sender_name")
    private String senderName;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "image")
    private byte[] image;

    @Column(name = "image_type")
    private String imageType;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected EventMailBrand() {
    }

    public EventMailBrand(UUID eventId) {
        this.eventId = Objects.requireNonNull(eventId, "eventId");
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** Replaces the words and colour (null: the server's default). */
    public void apply(String displayName, String color, String senderName) {
        this.displayName = displayName;
        this.color = color;
        this.senderName = senderName;
        touched();
    }

    /** Sets or (both null) removes the image. */
    public void image(byte[] image, String imageType) {
        if ((image == null) != (imageType == null)) {
            throw new IllegalArgumentException("An image needs its type, and a type its image");
        }
        this.image = image;
        this.imageType = imageType;
        touched();
    }

    private void touched() {
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public UUID eventId() {
        return eventId;
    }

    public String displayName() {
        return displayName;
    }

    public String color() {
        return color;
    }

    public String senderName() {
        return senderName;
    }

    public byte[] image() {
        return image;
    }

    public String imageType() {
        return imageType;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
