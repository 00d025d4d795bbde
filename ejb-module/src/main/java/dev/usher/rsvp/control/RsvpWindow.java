package dev.usher.rsvp.control;

import dev.usher.events.entity.RsvpSettings;
import dev.usher.rsvp.entity.RsvpChoice;

import java.time.OffsetDateTime;
import java.util.List;

/** When and what a guest may answer: until the deadline (if any), yes or no, and maybe where the event allows it. Pure. */
public final class RsvpWindow {

    private RsvpWindow() {
    }

    public static boolean open(RsvpSettings settings, OffsetDateTime now) {
        return settings.deadline() == null || now.isBefore(settings.deadline());
    }

    public static List<RsvpChoice> choices(RsvpSettings settings) {
        return settings.allowsMaybe() ? List.of(RsvpChoice.yes, RsvpChoice.no, RsvpChoice.maybe)
                : List.of(RsvpChoice.yes, RsvpChoice.no);
    }
}
