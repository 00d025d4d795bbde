package dev.usher.rsvp.control;

import dev.usher.events.entity.RsvpSettings;
import dev.usher.guests.entity.GuestStatus;
import dev.usher.invitations.control.InvitationLinks;
import dev.usher.rsvp.entity.RsvpChoice;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The pure RSVP rules: the answer window, the answers offered, what an answer means, map and page links. */
class RsvpRulesTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2031, 9, 1, 12, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void answersAreOpenUntilTheDeadlineAndAlwaysWithoutOne() {
        assertThat(RsvpWindow.open(RsvpSettings.DEFAULTS, NOW)).isTrue();
        assertThat(RsvpWindow.open(settings(NOW.plusSeconds(1), false), NOW)).isTrue();
        assertThat(RsvpWindow.open(settings(NOW, false), NOW)).as("closed at the deadline itself").isFalse();
        assertThat(RsvpWindow.open(settings(NOW.minusDays(1), false), NOW)).isFalse();
    }

    @Test
    void maybeIsOfferedOnlyWhereTheEventAllowsIt() {
        assertThat(RsvpWindow.choices(settings(null, false))).containsExactly(RsvpChoice.yes, RsvpChoice.no);
        assertThat(RsvpWindow.choices(settings(null, true))).containsExactly(RsvpChoice.yes, RsvpChoice.no, RsvpChoice.maybe);
    }

    @Test
    void yesAndNoAreTheGuestsStatusAndMaybeIsUndecidedToldApartByThePagesRecord() {
        assertThat(RsvpChoice.yes.status()).isEqualTo(GuestStatus.confirmed);
        assertThat(RsvpChoice.no.status()).isEqualTo(GuestStatus.declined);
        assertThat(RsvpChoice.maybe.status()).isEqualTo(GuestStatus.invited);
        assertThat(RsvpChoice.of(GuestStatus.confirmed, RsvpChoice.maybe)).as("a member's later change wins").isEqualTo(RsvpChoice.yes);
        assertThat(RsvpChoice.of(GuestStatus.declined, null)).isEqualTo(RsvpChoice.no);
        assertThat(RsvpChoice.of(GuestStatus.invited, RsvpChoice.maybe)).isEqualTo(RsvpChoice.maybe);
        assertThat(RsvpChoice.of(GuestStatus.invited, RsvpChoice.yes)).as("set back to invited by a member").isNull();
        assertThat(RsvpChoice.of(GuestStatus.invited, null)).isNull();
    }

    @Test
    void theMapLinkSearchesOpenStreetMapForTheVenueAsTyped() {
        assertThat(MapLinks.of("Beit Hatfutsot, Tel Aviv"))
                .isEqualTo("https://www.openstreetmap.org/search?query=Beit+Hatfutsot%2C+Tel+Aviv");
        assertThat(MapLinks.of("ירושלים & <more>")).startsWith("https://www.openstreetmap.org/search?query=%D7%99")
                .doesNotContain("<").doesNotContain("&m");
        assertThat(MapLinks.of("  ")).isNull();
        assertThat(MapLinks.of(null)).isNull();
    }

    @Test
    void thePageUrlCarriesTheTokenInItsFragmentAndThePreselectedAnswerInItsQuery() {
        RsvpUrls urls = new RsvpUrls(new InvitationLinks("https://rsvp.example/"));
        assertThat(urls.page("TOKEN")).isEqualTo("https://rsvp.example/rsvp.html#TOKEN");
        assertThat(urls.page("TOKEN", RsvpChoice.yes)).isEqualTo("https://rsvp.example/rsvp.html?answer=yes#TOKEN");
    }

    private static RsvpSettings settings(OffsetDateTime deadline, boolean maybe) {
        return new RsvpSettings("en", deadline, maybe, null, null);
    }
}
