package dev.usher.notifications.control;

import dev.usher.platform.links.PublicBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/** Addresses in the console that organizers' e-mails link to, under {@code PUBLIC_BASE_URL} as every link. */
@ApplicationScoped
public class OrganizerLinks {

    @Inject
    PublicBase publicBase;

    public String event(UUID eventId) {
        return base() + "/#/events/" + eventId;
    }

    public String activity(UUID eventId) {
        return base() + "/#/events/" + eventId + "/activity";
    }

    private String base() {
        return publicBase.url();
    }
}
