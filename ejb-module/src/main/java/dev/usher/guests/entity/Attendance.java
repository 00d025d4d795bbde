package dev.usher.guests.entity;

/**
 * A household member's own answer: coming, not coming, maybe (still undecided, but said so: only where
 * the event takes maybe on its RSVP page), or not said yet. Only yes counts as coming. Spelled as stored
 * and shown.
 */
public enum Attendance {
    yes, no, maybe, unknown
}
