package dev.usher.guests.boundary;

import dev.usher.events.control.EventId;
import dev.usher.events.control.RequiresEventRole;
import dev.usher.events.entity.EventRole;
import dev.usher.guests.control.AnswerFeed;
import dev.usher.identity.control.Roles;
import dev.usher.platform.errors.BadRequestException;
import dev.usher.platform.paging.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.UUID;

/** An event's RSVP activity feed (every member, viewers too): the guests' status history, newest first. */
@Stateless
@RolesAllowed(Roles.USER)
public class GuestActivity {

    @Inject
    AnswerFeed feed;

    /** A page of changes, newest first. */
    @RequiresEventRole(EventRole.viewer)
    public ActivityPage page(@EventId UUID eventId, PageRequest page) {
        List<ActivityItem> items = feed.page(eventId, page.skip(), page.limit());
        String newest = page.skip() == 0 && !items.isEmpty() ? items.get(0).id().toString() : null;
        return new ActivityPage(items, feed.count(eventId), page.skip(), page.limit(), newest);
    }

    /**
     * The changes newer than {@code after} (a change of this event the caller has), newest first:
     * what a console that polls needs, usually nothing. {@code newest} stays {@code after} when none.
     */
    @RequiresEventRole(EventRole.viewer)
    public ActivityPage newer(@EventId UUID eventId, UUID after) {
        if (!feed.isOfEvent(eventId, after)) {
            throw new BadRequestException("after names no change of this event's activity");
        }
        List<ActivityItem> items = feed.newerThan(eventId, after);
        String newest = items.isEmpty() ? after.toString() : items.get(0).id().toString();
        return new ActivityPage(items, items.size(), 0, AnswerFeed.MAX_NEWER, newest);
    }
}
