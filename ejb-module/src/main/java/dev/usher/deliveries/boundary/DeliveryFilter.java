package dev.usher.deliveries.boundary;

import dev.usher.deliveries.entity.Channel;
import dev.usher.deliveries.entity.DeliveryState;

import java.util.UUID;

/** Which messages of an event to list or count. Null members do not filter. */
public record DeliveryFilter(Channel channel, DeliveryState state, UUID guestId, UUID broadcastId) {

    public static final DeliveryFilter ALL = new DeliveryFilter(null, null, null, null);

    public DeliveryFilter forGuest(UUID guest) {
        return new DeliveryFilter(channel, state, guest, broadcastId);
    }
}
