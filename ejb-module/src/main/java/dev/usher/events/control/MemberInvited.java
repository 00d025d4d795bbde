package dev.usher.events.control;

import dev.usher.events.entity.EventRole;

import java.util.UUID;

/**
 * A member was added to an event by e-mail (a CDI event, fired in the adding transaction). The
 * events area tells nobody itself; the notifications area observes it once the member is committed.
 */
public record MemberInvited(UUID eventId, String eventName, UUID userId, String email, String displayName,
                            EventRole role, String invitedBy) {
}
