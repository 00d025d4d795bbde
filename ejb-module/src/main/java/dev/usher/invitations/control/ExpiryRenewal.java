package dev.usher.invitations.control;

import dev.usher.invitations.entity.Invitation;
import dev.usher.platform.errors.InvalidInputException;

import java.time.OffsetDateTime;

/**
 * What a resend does to the code's expiry: nothing (the default), a new instant, or the event's
 * default counted from now. Applied under the invitation's row lock once the resend is allowed,
 * so a resend refused (revoked, too soon) renews nothing.
 */
public record ExpiryRenewal(OffsetDateTime expiresAt, boolean fromEvent) {

    public static final ExpiryRenewal NONE = new ExpiryRenewal(null, false);
    public static final ExpiryRenewal FROM_EVENT = new ExpiryRenewal(null, true);

    public static ExpiryRenewal to(OffsetDateTime expiresAt) {
        return new ExpiryRenewal(expiresAt, false);
    }

    void applyTo(Invitation invitation, OffsetDateTime now) {
        if (expiresAt != null) {
            invitation.expireAt(expiresAt);
        } else if (fromEvent) {
            if (invitation.event() == null || invitation.event().invitationExpiryDays() == null) {
                throw new InvalidInputException("renewExpiry",
                        "the event has no default expiry (invitationExpiryDays); give expiresAt instead");
            }
            invitation.renewExpiryFromEvent(now);
        }
    }
}
