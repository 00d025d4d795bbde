package dev.usher.guests.boundary;

import dev.usher.guests.entity.StatusChangeSource;

/** Where an RSVP change came from, as organizers read it: the guest's page, WhatsApp, or a member. */
public enum ActivitySource {
    web, whatsapp, organizer;

    public static ActivitySource of(String stored) {
        if (StatusChangeSource.WHATSAPP_REPLY.stored().equals(stored)) {
            return whatsapp;
        }
        if (StatusChangeSource.WEB.stored().equals(stored)) {
            return web;
        }
        return organizer;
    }
}
