package dev.usher.deliveries.entity;

import java.util.UUID;

/** What a delivery belongs to; every member may be null (an official invitation has no guest). */
public record DeliveryRefs(UUID eventId, UUID guestId, UUID invitationId, UUID broadcastId, UUID createdBy) {
}
