package dev.usher.webhooks.control;

import java.util.List;

/** The event types a subscription may name; each is emitted by a trigger of V21 (or a later migration). */
public final class WebhookTypes {

    public static final String GUEST_RSVP_CHANGED = "guest.rsvp_changed";

    public static final String CHECKIN_ADMITTED = "checkin.admitted";

    public static final List<String> ALL = List.of(GUEST_RSVP_CHANGED, CHECKIN_ADMITTED);

    private WebhookTypes() {
    }
}
