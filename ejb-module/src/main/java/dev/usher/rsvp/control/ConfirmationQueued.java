package dev.usher.rsvp.control;

import java.util.UUID;

/** A confirmation e-mail recorded {@code queued} in a guest's answer, to send once that answer commits. */
public record ConfirmationQueued(UUID deliveryId) {
}
