package dev.usher.invitations.entity;

import java.time.OffsetDateTime;

/**
 * When a code stops admitting. The instant is stored on the invitation ({@code expires_at}): set
 * by hand, or written at the first send from the event's default of N days after sending. The
 * door decides it in its one SQL statement (checkin's {@code Admissions}: an entry at or after
 * the instant is {@code expired}); this class is the same rule for what reads an invitation in
 * Java (validate), and the station's offline page repeats it on the instant the kit carries.
 */
public final class InvitationExpiry {

    /** The longest default an event may set: ten years is "never" for a door. */
    public static final int MAX_DAYS = 3650;

    private InvitationExpiry() {
    }

    /** Expired from the instant on (inclusive), so "expires at 18:00" refuses the scan at 18:00:00. */
    public static boolean expired(OffsetDateTime expiresAt, OffsetDateTime now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    /** The instant an event's default gives a code sent at {@code sentAt}; none without a default. */
    public static OffsetDateTime fromDefault(Integer days, OffsetDateTime sentAt) {
        return days == null ? null : sentAt.plusDays(days);
    }
}
