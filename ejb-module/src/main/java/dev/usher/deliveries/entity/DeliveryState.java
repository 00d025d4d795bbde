package dev.usher.deliveries.entity;

/**
 * Where a message stands. The happy path only moves forward: queued, sending (handed to the
 * provider, answer not yet recorded), sent (the provider accepted it), delivered, and read
 * (WhatsApp) or opened (e-mail). {@code failed} can follow any state before delivery.
 * A record left in {@code sending} after a crash is in doubt: it may or may not have gone out.
 */
public enum DeliveryState {
    queued(0), sending(1), sent(2), delivered(3), read(4), opened(4), failed(-1);

    private final int rank;

    DeliveryState(int rank) {
        this.rank = rank;
    }

    /**
     * Whether moving from this state to {@code next} is progress. Repeats and late reports
     * (a {@code delivered} after {@code read}) are not; a failure is only accepted before delivery.
     */
    public boolean canMoveTo(DeliveryState next) {
        if (this == failed) {
            return false;
        }
        if (next == failed) {
            return rank < delivered.rank;
        }
        return next.rank > rank;
    }
}
