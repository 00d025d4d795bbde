package dev.usher.invitations.boundary;

import dev.usher.invitations.entity.InvitationStatus;
import dev.usher.invitations.entity.InvitationType;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Which invitations to list: by status, event, type, creation date (both ends inclusive, UTC),
 * and a free-text search over recipient name and e-mail. Null members do not filter.
 */
public record InvitationFilter(InvitationStatus status, UUID eventId, InvitationType type,
                               LocalDate createdFrom, LocalDate createdTo, String search) {

    public static final InvitationFilter ALL = new InvitationFilter(null, null, null, null, null, null);
}
