package dev.usher.invitations.entity;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class InvitationExpiryTest {

    private static final OffsetDateTime SIX_PM = OffsetDateTime.parse("2026-12-01T18:00:00Z");

    @Test
    void aCodeExpiresAtItsInstantNotAMomentLater() {
        assertThat(InvitationExpiry.expired(SIX_PM, SIX_PM.minusNanos(1000))).isFalse();
        assertThat(InvitationExpiry.expired(SIX_PM, SIX_PM)).isTrue();
        assertThat(InvitationExpiry.expired(SIX_PM, SIX_PM.plusDays(1))).isTrue();
    }

    @Test
    void aCodeWithoutAnInstantNeverExpires() {
        assertThat(InvitationExpiry.expired(null, SIX_PM.plusYears(50))).isFalse();
    }

    @Test
    void theEventDefaultCountsDaysFromTheSend() {
        assertThat(InvitationExpiry.fromDefault(14, SIX_PM)).isEqualTo(OffsetDateTime.parse("2026-12-15T18:00:00Z"));
        assertThat(InvitationExpiry.fromDefault(null, SIX_PM)).isNull();
    }

    @Test
    void anInvitationCarriesItsOwnInstantAndASendWithoutEventDefaultKeepsIt() {
        Invitation invitation = new Invitation("INV-0001", "A".repeat(32),
                new Recipient("Dana Cohen", "dana@example.com", null, InvitationType.general, null, 1), null, null, null);
        assertThat(invitation.expired(SIX_PM)).isFalse();
        invitation.expireAt(SIX_PM);
        invitation.sent(SIX_PM.minusDays(3));
        assertThat(invitation.expiresAt()).isEqualTo(SIX_PM);
        assertThat(invitation.expired(SIX_PM.minusSeconds(1))).isFalse();
        assertThat(invitation.expired(SIX_PM)).isTrue();
        invitation.expireAt(null);
        assertThat(invitation.expired(SIX_PM)).isFalse();
    }
}
