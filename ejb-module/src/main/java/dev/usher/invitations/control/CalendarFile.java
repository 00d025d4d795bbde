package dev.usher.invitations.control;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The event as an iCalendar file (RFC 5545) that mail clients offer to add to a calendar. Only
 * for an event with a date: with a start time and a time zone it starts at that instant (in UTC,
 * so no VTIMEZONE is needed); with a start time alone at that floating local time; with a date
 * alone it is an all-day event. Text is escaped and lines folded as the RFC says.
 */
public final class CalendarFile {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private CalendarFile() {
    }

    /** The invitation's file: its UID is the invitation's, its description says to show the QR code. */
    public static Optional<String> of(InvitationLetter letter, Instant now) {
        return of(letter.invitationId() + "@usher", letter.event(), "Invitation " + letter.number() + " for "
                + letter.recipientName() + ". Show the QR code from the e-mail at the entrance.", now);
    }

    /**
     * The event under {@code uid} (the same UID again updates the calendar's entry instead of adding
     * a second one), with an optional {@code description}; empty for an event without a date.
     */
    public static Optional<String> of(String uid, InvitationLetter.EventFacts event, String description, Instant now) {
        if (event == null || event.date() == null) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//Usher//Invitations//EN");
        lines.add("METHOD:PUBLISH");
        lines.add("BEGIN:VEVENT");
        lines.add("UID:" + text(uid));
        lines.add("DTSTAMP:" + UTC.format(now));
        if (event.startTime() == null) {
            lines.add("DTSTART;VALUE=DATE:" + DATE.format(event.date()));
            lines.add("DTEND;VALUE=DATE:" + DATE.format(event.date().plusDays(1)));
        } else if (zone(event.timeZone()) != null) {
            ZonedDateTime start = ZonedDateTime.of(event.date(), event.startTime(), zone(event.timeZone()));
            lines.add("DTSTART:" + UTC.format(start.toInstant()));
        } else {
            lines.add("DTSTART:" + LOCAL.format(event.date().atTime(event.startTime())));
        }
        lines.add("SUMMARY:" + text(event.name()));
        if (event.location() != null) {
            lines.add("LOCATION:" + text(event.location()));
        }
        if (description != null) {
            lines.add("DESCRIPTION:" + text(description));
        }
        lines.add("END:VEVENT");
        lines.add("END:VCALENDAR");
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(fold(line)).append("\r\n"));
        return Optional.of(out.toString());
    }

    private static ZoneId zone(String id) {
        if (id == null) {
            return null;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** TEXT values: backslash, semicolon, comma and new lines escaped. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Lines longer than 75 octets go on in continuation lines that start with a space. */
    static String fold(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= 75) {
            return line;
        }
        StringBuilder out = new StringBuilder();
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = 74;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }
}
