package dev.usher.invitations.entity;

/**
 * Where an invitation stands. A draft is {@code pending}; sending makes it {@code sent} or
 * {@code failed}; the tracking pixel makes it {@code opened}; the first admission makes it
 * {@code scanned}; {@code revoked} is final and the code admits no one.
 */
public enum InvitationStatus {
    pending, sent, delivered, failed, opened, scanned, revoked
}
