package dev.usher.deliveries.boundary;

import dev.usher.deliveries.entity.DeliveryState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.LinkedHashMap;
import java.util.Map;

/** How many messages are in each state; every state is listed, with 0 when none is. */
@Schema(name = "DeliveryTotals")
public record DeliveryTotals(
        long total,
        @Schema(description = "Count per state: queued, sending, sent, delivered, read, opened, failed")
        Map<String, Long> byState) {

    public static DeliveryTotals of(Map<DeliveryState, Long> counts) {
        Map<String, Long> byState = new LinkedHashMap<>();
        long total = 0;
        for (DeliveryState state : DeliveryState.values()) {
            long n = counts.getOrDefault(state, 0L);
            byState.put(state.name(), n);
            total += n;
        }
        return new DeliveryTotals(total, byState);
    }
}
