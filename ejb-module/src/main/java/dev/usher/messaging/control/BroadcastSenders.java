package dev.usher.messaging.control;

import dev.usher.messaging.boundary.MessageContent;
import dev.usher.whatsapp.WhatsAppSettings;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends a chunk of a broadcast a few guests at a time. One send is mostly waiting: for the
 * {@code sending} record's commit to reach the disk (it must, before Meta is called) and for
 * Meta's answer. Sends in flight together share those waits (PostgreSQL flushes concurrent commits
 * together), so a broadcast keeps up with Meta's rate on a loaded machine. Each send is still
 * the same exactly-once unit ({@link GuestMessages#send}): a crash leaves at most
 * {@link #IN_FLIGHT} guests in doubt instead of one. The chunk's guests are read and their
 * messages composed first, in the chunk's transaction, by one query.
 */
@Dependent
public class BroadcastSenders {

    /** Sends in flight at once: enough to overlap the commits, few enough to leave little in doubt. */
    public static final int IN_FLIGHT = 4;

    @Resource
    ManagedExecutorService executor;

    @Inject
    GuestMessages messages;

    /**
     * Sends to every guest, in the given order, {@code pace} before each; returns each guest's
     * outcome in that order. A problem that concerns every guest (thrown by
     * {@link GuestMessages#send}) is thrown after the sends in flight have ended, and no send
     * starts after it.
     */
    public List<BroadcastSendOutcome> sendAll(UUID eventId, UUID broadcastId, List<UUID> guestIds,
                                              MessageContent content, UUID startedBy, Runnable pace) {
        WhatsAppSettings settings = messages.sendable();
        List<Outbound> composed = messages.composeForBroadcast(eventId, broadcastId, guestIds, content, startedBy);
        Semaphore slots = new Semaphore(IN_FLIGHT);
        AtomicReference<RuntimeException> failed = new AtomicReference<>();
        List<Future<BroadcastSendOutcome>> sends = new ArrayList<>(composed.size());
        try {
            for (Outbound outbound : composed) {
                slots.acquire();
                if (failed.get() != null) {
                    break;
                }
                pace.run();
                sends.add(executor.submit(() -> {
                    try {
                        return messages.send(settings, outbound);
                    } catch (RuntimeException e) {
                        failed.compareAndSet(null, e);
                        throw e;
                    } finally {
                        slots.release();
                    }
                }));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed.compareAndSet(null, new IllegalStateException("Interrupted while sending a broadcast"));
        }
        List<BroadcastSendOutcome> outcomes = new ArrayList<>(sends.size());
        for (Future<BroadcastSendOutcome> send : sends) {
            try {
                outcomes.add(awaitUninterruptibly(send));
            } catch (RuntimeException e) {
                failed.compareAndSet(null, e);
            }
        }
        if (failed.get() != null) {
            throw failed.get();
        }
        return outcomes;
    }

    /** A send's outcome, waiting for it to end (a send is never abandoned half-way). */
    private static BroadcastSendOutcome awaitUninterruptibly(Future<BroadcastSendOutcome> send) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return send.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw new IllegalStateException(e.getCause());
                } catch (CancellationException e) {
                    throw new IllegalStateException("A broadcast send was cancelled", e);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
