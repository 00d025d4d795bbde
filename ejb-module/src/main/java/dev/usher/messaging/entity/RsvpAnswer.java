package dev.usher.messaging.entity;

import dev.usher.guests.entity.GuestStatus;

/** A guest's answer to an invitation, as a quick-reply button carries it. Spelled as shown. */
public enum RsvpAnswer {
    yes(GuestStatus.confirmed), no(GuestStatus.declined);

    private final GuestStatus status;

    RsvpAnswer(GuestStatus status) {
        this.status = status;
    }

    /** The guest status this answer sets. */
    public GuestStatus status() {
        return status;
    }
}
