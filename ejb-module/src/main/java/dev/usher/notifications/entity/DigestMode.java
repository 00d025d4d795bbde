package dev.usher.notifications.entity;

/**
 * How a member hears of an event's RSVP changes by e-mail: not at all (the default: nobody is
 * mailed who did not ask; the console's feed tells everyone), soon after a change (the changes of
 * a short window in one e-mail), or once a day at the configured time.
 */
public enum DigestMode {
    off, immediate, daily
}
