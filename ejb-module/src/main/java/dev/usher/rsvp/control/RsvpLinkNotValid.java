package dev.usher.rsvp.control;

import dev.usher.platform.errors.NotFoundException;

import java.util.Map;

/**
 * 404 for a token that names no live link. {@code revoked} says whether it named a link the organizer
 * withdrew (or replaced), so the page can say so; nothing else about it is told.
 */
public class RsvpLinkNotValid extends NotFoundException {

    private static final long serialVersionUID = 1L;

    private final boolean revoked;

    public RsvpLinkNotValid(boolean revoked) {
        super(revoked ? "This RSVP link was revoked by the organizer" : "This RSVP link is not valid");
        this.revoked = revoked;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("revoked", revoked);
    }
}
