package dev.usher.deliveries.boundary;

import dev.usher.deliveries.control.DeliverySearch;
import dev.usher.deliveries.entity.Delivery;
import dev.usher.events.control.EventId;
import dev.usher.events.control.RequiresEventRole;
import dev.usher.events.entity.EventRole;
import dev.usher.guests.control.EventGuests;
import dev.usher.identity.control.Roles;
import dev.usher.platform.errors.NotFoundException;
import dev.usher.platform.paging.Page;
import dev.usher.platform.paging.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.UUID;

/**
 * Reading the ledger: an event's messages on every channel, one guest's history, and totals
 * by state (per broadcast with the broadcast filter). Any member may read.
 */
@Stateless
@RolesAllowed(Roles.USER)
public class Deliveries {

    @PersistenceContext
    EntityManager em;

    @Inject
    EventGuests guests;

    @Inject
    DeliverySearch search;

    @RequiresEventRole(EventRole.viewer)
    public Page<DeliveryView> list(@EventId UUID eventId, DeliveryFilter filter, String sort, PageRequest page) {
        return search.find(eventId, filter == null ? DeliveryFilter.ALL : filter, sort, page);
    }

    @RequiresEventRole(EventRole.viewer)
    public DeliveryView get(@EventId UUID eventId, UUID deliveryId) {
        Delivery delivery = deliveryId == null ? null : em.find(Delivery.class, deliveryId);
        if (delivery == null || !eventId.equals(delivery.eventId())) {
            throw new NotFoundException("Message " + deliveryId + " not found in this event");
        }
        return DeliveryView.of(delivery);
    }

    /** One guest's messages, newest first; 404 when the guest is not one of this event's. */
    @RequiresEventRole(EventRole.viewer)
    public Page<DeliveryView> forGuest(@EventId UUID eventId, UUID guestId, DeliveryFilter filter, String sort,
                                       PageRequest page) {
        guests.existing(eventId, guestId);
        DeliveryFilter base = filter == null ? DeliveryFilter.ALL : filter;
        return search.find(eventId, base.forGuest(guestId), sort, page);
    }

    /** Totals by state of the messages the filter selects; with a broadcast id, that broadcast's. */
    @RequiresEventRole(EventRole.viewer)
    public DeliveryTotals totals(@EventId UUID eventId, DeliveryFilter filter) {
        return DeliveryTotals.of(search.countByState(eventId, filter == null ? DeliveryFilter.ALL : filter));
    }

    /** One broadcast's totals by state, for the broadcast job and its status endpoint. */
    @RequiresEventRole(EventRole.viewer)
    public DeliveryTotals broadcastTotals(@EventId UUID eventId, UUID broadcastId) {
        return DeliveryTotals.of(search.countByState(eventId, new DeliveryFilter(null, null, null, broadcastId)));
    }
}
