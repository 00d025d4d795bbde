package dev.usher.invitations.control;

import dev.usher.invitations.boundary.ResendRequest;
import dev.usher.invitations.entity.Invitation;
import dev.usher.invitations.entity.InvitationType;
import dev.usher.invitations.entity.Recipient;
import dev.usher.platform.errors.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExpiryRenewalTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-01T18:00:00Z");

    private static Invitation expiredYesterday() {
        Invitation invitation = new Invitation("INV-0001", "A".repeat(32),
                new Recipient("Dana Cohen", "dana@example.com", null, InvitationType.general, null, 1), null, null, null);
        invitation.expireAt(NOW.minusDays(1));
        return invitation;
    }

    @Test
    void withoutARenewalTheExpiryStays() {
        Invitation invitation = expiredYesterday();
        new ResendRequest(null, null).renewal().applyTo(invitation, NOW);
        new ResendRequest(null, false).renewal().applyTo(invitation, NOW);
        assertThat(invitation.expiresAt()).isEqualTo(NOW.minusDays(1));
    }

    @Test
    void aNewInstantRenewsTheCode() {
        Invitation invitation = expiredYesterday();
        new ResendRequest(NOW.plusDays(7), null).renewal().applyTo(invitation, NOW);
        assertThat(invitation.expiresAt()).isEqualTo(NOW.plusDays(7));
        assertThat(invitation.expired(NOW)).isFalse();
    }

    @Test
    void theEventDefaultCannotBeReappliedWhereThereIsNone() {
        Invitation general = expiredYesterday();
        assertThatThrownBy(() -> new ResendRequest(null, true).renewal().applyTo(general, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("renewExpiry")));
        assertThat(general.expiresAt()).isEqualTo(NOW.minusDays(1));
    }

    @Test
    void anInstantAndTheDefaultAtOnceAreRefusedNamingTheField() {
        assertThatThrownBy(() -> new ResendRequest(NOW.plusDays(1), true).renewal())
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("renewExpiry")));
    }
}
