package dev.usher.events.entity;

/**
 * A member's role in one event, ordered from most to least powerful: an admin does
 * everything, an editor manages guests, a viewer reads. Spelled as stored and shown.
 */
public enum EventRole {
    admin, editor, viewer;

    /** Whether this role may do what {@code required} may do. */
    public boolean includes(EventRole required) {
        return ordinal() <= required.ordinal();
    }
}
