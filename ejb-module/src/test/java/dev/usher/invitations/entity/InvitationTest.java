package dev.usher.invitations.entity;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvitationTest {

    private static Invitation invitation(int seats) {
        return new Invitation("INV-0001", "A".repeat(32),
                new Recipient("Dana  Cohen", "dana@example.com", null, InvitationType.general, null, seats), null, null, null);
    }

    @Test
    void seatsAreAdmittedUpToTheLimitAndUndoneBackToTheEarlierStatus() {
        Invitation invitation = invitation(3);
        invitation.sent(OffsetDateTime.now());
        invitation.admit(2, OffsetDateTime.now());
        assertThat(invitation.status()).isEqualTo(InvitationStatus.scanned);
        assertThat(invitation.seatsLeft()).isEqualTo(1);
        assertThatThrownBy(() -> invitation.admit(2, OffsetDateTime.now())).isInstanceOf(IllegalArgumentException.class);
        invitation.unadmit(2);
        assertThat(invitation.status()).isEqualTo(InvitationStatus.sent);
        assertThat(invitation.scannedAt()).isNull();
        assertThat(invitation.recipient().firstName()).isEqualTo("Dana");
    }

    @Test
    void aRevokedCodeAdmitsNoOneAndStaysRevoked() {
        Invitation invitation = invitation(1);
        invitation.revoke(UUID.randomUUID());
        assertThatThrownBy(() -> invitation.admit(1, OffsetDateTime.now())).isInstanceOf(IllegalStateException.class);
        invitation.opened(OffsetDateTime.now());
        invitation.sent(OffsetDateTime.now());
        assertThat(invitation.status()).isEqualTo(InvitationStatus.revoked);
    }

    @Test
    void aFailedResendDoesNotUndoAnEarlierSend() {
        Invitation invitation = invitation(1);
        invitation.sendFailed("550: no such user");
        assertThat(invitation.status()).isEqualTo(InvitationStatus.failed);
        invitation.sent(OffsetDateTime.now());
        invitation.opened(OffsetDateTime.now());
        invitation.sendFailed("451: later");
        assertThat(invitation.status()).isEqualTo(InvitationStatus.opened);
        assertThat(invitation.failureReason()).isEqualTo("451: later");
    }
}
