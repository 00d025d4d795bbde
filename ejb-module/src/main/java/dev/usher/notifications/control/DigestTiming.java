package dev.usher.notifications.control;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When digests are due. Immediate: once the oldest unsent change is {@code window} old, so the
 * changes of that window go out together. Daily: once the latest occurrence of {@code dailyAt} in
 * the event's time zone ({@code zone} for an event without one) is after the member's last digest. Read from MicroProfile Config at every beat
 * ({@code USHER_DIGEST_WINDOW_SECONDS}, {@code USHER_DIGEST_DAILY_AT}, {@code USHER_DIGEST_ZONE}),
 * so the time can be changed without a restart (and a test sets it rather than waiting a day).
 */
public record DigestTiming(Duration window, LocalTime dailyAt, ZoneId zone) {

    public static DigestTiming current() {
        Config config = ConfigProvider.getConfig(DigestTiming.class.getClassLoader());
        return of(config.getOptionalValue("usher.digest.window-seconds", String.class).orElse("120"),
                config.getOptionalValue("usher.digest.daily-at", String.class).orElse("08:00"),
                config.getOptionalValue("usher.digest.zone", String.class).orElse("UTC"));
    }

    static DigestTiming of(String windowSeconds, String dailyAt, String zone) {
        try {
            long seconds = Long.parseLong(windowSeconds.strip());
            if (seconds < 0) {
                throw new IllegalArgumentException("USHER_DIGEST_WINDOW_SECONDS must be 0 or more, not " + seconds);
            }
            return new DigestTiming(Duration.ofSeconds(seconds), LocalTime.parse(dailyAt.strip()),
                    ZoneId.of(zone.strip()));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new IllegalArgumentException("The digest settings are not valid (USHER_DIGEST_WINDOW_SECONDS,"
                    + " USHER_DIGEST_DAILY_AT as HH:MM, USHER_DIGEST_ZONE): " + e.getMessage(), e);
        }
    }

    /** The latest daily digest time at or before {@code now}, in the server-wide zone. */
    public Instant latestDaily(Instant now) {
        return latestDaily(now, zone);
    }

    /** The latest daily digest time at or before {@code now} in {@code zone} (an event's own). */
    public Instant latestDaily(Instant now, ZoneId zone) {
        ZonedDateTime today = now.atZone(zone).toLocalDate().atTime(dailyAt).atZone(zone);
        if (today.toInstant().isAfter(now)) {
            today = now.atZone(zone).toLocalDate().minusDays(1).atTime(dailyAt).atZone(zone);
        }
        return today.toInstant();
    }
}
