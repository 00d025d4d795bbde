package dev.usher.checkin.boundary;

import dev.usher.checkin.control.CheckInListStore;
import dev.usher.checkin.control.ListRules;
import dev.usher.checkin.entity.CheckInList;
import dev.usher.events.control.EventId;
import dev.usher.events.control.RequiresEventRole;
import dev.usher.events.entity.EventRole;
import dev.usher.identity.control.Roles;
import dev.usher.platform.errors.ConflictException;
import dev.usher.platform.errors.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.UUID;

/**
 * An event's check-in lists ("Ceremony", "Reception", "VIP lounge"): members read them, editors
 * and admins manage them. Each has its own exactly-once rule at the door ({@link CheckIns}).
 */
@Stateless
@RolesAllowed(Roles.USER)
public class CheckInLists {

    @Inject
    CheckInListStore store;

    @RequiresEventRole(EventRole.viewer)
    public List<CheckInList> list(@EventId UUID eventId) {
        return store.forEvent(eventId);
    }

    @RequiresEventRole(EventRole.editor)
    public CheckInList create(@EventId UUID eventId, CheckInListInput input) {
        return store.insert(ListRules.list(UUID.randomUUID(), eventId, input));
    }

    @RequiresEventRole(EventRole.editor)
    public CheckInList update(@EventId UUID eventId, UUID listId, CheckInListInput input) {
        CheckInList existing = existing(eventId, listId);
        if (existing.isDefault()) {
            store.rename(eventId, listId, ListRules.defaultName(input));
        } else {
            store.update(ListRules.list(listId, eventId, input));
        }
        return existing(eventId, listId);
    }

    /** A list with scans on record stays (409): the day's record keeps its lists. */
    @RequiresEventRole(EventRole.editor)
    public void delete(@EventId UUID eventId, UUID listId) {
        CheckInList existing = existing(eventId, listId);
        if (existing.isDefault()) {
            throw new ConflictException("The event's default list cannot be deleted; codes without a list use it");
        }
        if (!store.delete(eventId, listId)) {
            throw new ConflictException("Check-in list \"" + existing.name() + "\" has scans on record and is kept");
        }
    }

    private CheckInList existing(UUID eventId, UUID listId) {
        return store.find(eventId, listId)
                .orElseThrow(() -> new NotFoundException("Check-in list " + listId + " not found"));
    }
}
