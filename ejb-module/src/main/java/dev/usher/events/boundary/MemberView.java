package dev.usher.events.boundary;

import dev.usher.events.entity.EventMember;
import dev.usher.events.entity.EventRole;
import dev.usher.identity.entity.UserStatus;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A member of an event; {@code status} is {@code pending} until the person first signs in. */
public record MemberView(UUID userId, String email, String displayName, EventRole role,
                         UserStatus status, OffsetDateTime addedAt) {

    static MemberView of(EventMember member) {
        String name = member.displayName() != null ? member.displayName() : member.user().displayName();
        return new MemberView(member.user().id(), member.user().email(), name, member.role(),
                member.user().status(), member.createdAt());
    }
}
