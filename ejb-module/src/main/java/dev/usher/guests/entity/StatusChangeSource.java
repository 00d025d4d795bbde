package dev.usher.guests.entity;

/**
 * What changed a guest's status, as recorded in its history. Spelled as stored and shown
 * ({@code whatsapp-reply}, {@code web} in the database and JSON).
 */
public enum StatusChangeSource {
    WHATSAPP_REPLY("whatsapp-reply"),
    /** The guest on their RSVP page. */
    WEB("web"),
    /** An organizer recording the guest's answer (e.g. given by phone) in the console or the API. */
    CONSOLE("console");

    private final String stored;

    StatusChangeSource(String stored) {
        this.stored = stored;
    }

    public String stored() {
        return stored;
    }
}
