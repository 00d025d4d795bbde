package dev.usher.events.entity;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What an organizer says about an event, already validated: name, optional date, start
 * time and IANA time zone, location, and the ISO region used to read local phone numbers.
 */
public record EventDetails(String name, LocalDate date, LocalTime startTime, String timeZone,
                           String location, String phoneRegion) {
}
