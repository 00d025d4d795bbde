package dev.usher.guests.entity;

/**
 * What changed a guest's status, as recorded in its history. Spelled as stored and shown
 * ({@code whatsapp-reply}, {@code web} in the database and JSON).
 */
public enum StatusChangeSource {
    WHATSAPP_REPLY("whatsapp-reply"),
    /** The guest's answer on their personal RSVP page. */
    WEB("web");

    private final String stored;

    StatusChangeSource(String stored) {
        this.stored = stored;
    }

    public String stored() {
        return stored;
    }
}
