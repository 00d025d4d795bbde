package dev.usher.invitations.control;

import dev.usher.invitations.entity.InvitationType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarFileTest {

    private static InvitationLetter letter(InvitationLetter.EventFacts event) {
        return new InvitationLetter(UUID.randomUUID(), "INV-0042", "t", "Dana Cohen", "Dana", "dana@example.com",
                InvitationType.vip, null, 1, event, "ref");
    }

    @Test
    void aTimedEventStartsAtItsInstantInUtcAndTextIsEscapedAndFolded() {
        var event = new InvitationLetter.EventFacts(UUID.randomUUID(), "Gala; dinner, and \\ dance " + "x".repeat(80),
                LocalDate.of(2031, 1, 15), LocalTime.of(20, 0), "Europe/Paris", "Hall 1\nFloor 2");
        String ics = CalendarFile.of(letter(event), Instant.parse("2030-01-01T00:00:00Z")).orElseThrow();
        assertThat(ics).contains("DTSTART:20310115T190000Z\r\n")
                .contains("SUMMARY:Gala\\; dinner\\, and \\\\ dance")
                .contains("LOCATION:Hall 1\\nFloor 2")
                .contains("DTSTAMP:20300101T000000Z")
                .startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(ics.replace("\r\n ", "")).contains("x".repeat(80));
    }

    @Test
    void aDayWithoutTimeIsAllDayAndNoDateMeansNoFile() {
        var allDay = new InvitationLetter.EventFacts(UUID.randomUUID(), "Picnic", LocalDate.of(2031, 5, 1), null, null, null);
        assertThat(CalendarFile.of(letter(allDay), Instant.now()).orElseThrow())
                .contains("DTSTART;VALUE=DATE:20310501").contains("DTEND;VALUE=DATE:20310502");
        var undated = new InvitationLetter.EventFacts(UUID.randomUUID(), "Someday", null, null, null, null);
        assertThat(CalendarFile.of(letter(undated), Instant.now())).isEmpty();
        assertThat(CalendarFile.of(letter(null), Instant.now())).isEmpty();
    }

    @Test
    void anyUidNamesTheEventAndADescriptionIsOptional() {
        var event = new InvitationLetter.EventFacts(UUID.randomUUID(), "חתונה", LocalDate.of(2031, 9, 9),
                LocalTime.of(19, 30), "Asia/Jerusalem", "תל אביב", "he");
        String ics = CalendarFile.of("rsvp-42@usher", event, null, Instant.parse("2030-01-01T00:00:00Z")).orElseThrow();
        assertThat(ics).contains("UID:rsvp-42@usher\r\n").contains("DTSTART:20310909T163000Z\r\n")
                .contains("SUMMARY:חתונה\r\n").contains("LOCATION:תל אביב\r\n").doesNotContain("DESCRIPTION");
    }
}
