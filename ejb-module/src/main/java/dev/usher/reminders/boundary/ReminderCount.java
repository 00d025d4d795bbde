package dev.usher.reminders.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many guests a reminder would reach now. */
@Schema(name = "ReminderCount")
public record ReminderCount(
        @Schema(description = "Guests who have not answered (status invited) with an address on the channel "
                + "(and, with openedOnly, who opened an invitation e-mail)") long guests) {
}
