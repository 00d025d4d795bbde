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
    void nothingIsTakenBackBeyondWhatWasAdmitted() {
        // Admissions are made in SQL (checkin's Admissions, covered by CheckInIT); only their undo is here.
        Invitation invitation = invitation(3);
        invitation.sent(OffsetDateTime.now());
        assertThatThrownBy(() -> invitation.unadmit(1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(invitation.status()).isEqualTo(InvitationStatus.sent);
        assertThat(invitation.seatsLeft()).isEqualTo(3);
        assertThat(invitation.recipient().firstName()).isEqualTo("Dana");
    }

    @Test
    void aRevokedCodeStaysRevoked() {
        Invitation invitation = invitation(1);
        invitation.revoke(UUID.randomUUID());
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
