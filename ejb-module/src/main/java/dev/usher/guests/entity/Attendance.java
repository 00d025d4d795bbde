package dev.usher.guests.entity;

/** A household member's own answer: coming, not coming, or not said yet. Spelled as stored and shown. */
public enum Attendance {
    yes, no, unknown
}
