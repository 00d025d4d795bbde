package dev.usher.guests.entity;

/** Where a guest's answer stands. Spelled as stored and shown. */
public enum GuestStatus {
    invited, confirmed, declined
}
