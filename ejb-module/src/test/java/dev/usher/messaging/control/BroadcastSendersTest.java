package dev.usher.messaging.control;

import dev.usher.deliveries.entity.DeliveryRefs;
import dev.usher.deliveries.entity.DeliveryState;
import dev.usher.messaging.boundary.MessageContent;
import dev.usher.whatsapp.WhatsAppSettings;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BroadcastSendersTest {

    private final ExecutorService threads = Executors.newFixedThreadPool(16);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    /** Stands in for the ledger and Meta: records each send, takes a little time, may refuse one guest. */
    static class Messages extends GuestMessages {
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        final List<UUID> sent = Collections.synchronizedList(new ArrayList<>());
        UUID failOn;
        /** Guests after the failing one wait for its failure, as they would when it comes first: the
         *  test then does not depend on which of the pool's threads the machine runs first. */
        List<UUID> order = List.of();
        final java.util.concurrent.CountDownLatch failedYet = new java.util.concurrent.CountDownLatch(1);

        @Override
        public WhatsAppSettings sendable() {
            return WhatsAppSettings.from(key -> Optional.empty());
        }

        @Override
        public List<Outbound> composeForBroadcast(UUID eventId, UUID broadcastId, List<UUID> guestIds,
                                                  MessageContent content, UUID startedBy) {
            return guestIds.stream()
                    .map(id -> Outbound.to(new DeliveryRefs(eventId, id, null, broadcastId, startedBy), "+972501234567", new GuestMessages.Composed(null, null)))
                    .toList();
        }

        @Override
        public BroadcastSendOutcome send(WhatsAppSettings settings, Outbound outbound) {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                UUID guest = outbound.refs().guestId();
                if (guest.equals(failOn)) {
                    failedYet.countDown();
                    throw new IllegalStateException("Meta refused the token");
                }
                if (failOn != null && order.indexOf(guest) > order.indexOf(failOn)) {
                    failedYet.await();
                }
                Thread.sleep(20);
                sent.add(guest);
                return new BroadcastSendOutcome(UUID.randomUUID(), guest, DeliveryState.sent, true, null, null);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                running.decrementAndGet();
            }
        }
    }

    private BroadcastSenders senders(Messages messages) {
        BroadcastSenders senders = new BroadcastSenders();
        senders.messages = messages;
        senders.executor = (ManagedExecutorService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ManagedExecutorService.class}, (proxy, method, args) -> method.invoke(threads, args));
        return senders;
    }

    private static List<UUID> guests(int n) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(UUID.randomUUID());
        }
        return ids;
    }

    @Test
    void everyGuestIsSentOnceAFewAtATimeAndTheOutcomesComeInTheGuestsOrder() {
        Messages messages = new Messages();
        List<UUID> guests = guests(30);
        AtomicInteger paced = new AtomicInteger();

        List<BroadcastSendOutcome> outcomes = senders(messages).sendAll(UUID.randomUUID(), UUID.randomUUID(), guests,
                null, UUID.randomUUID(), paced::incrementAndGet);

        assertThat(outcomes).extracting(BroadcastSendOutcome::guestId).containsExactlyElementsOf(guests);
        assertThat(messages.sent).containsExactlyInAnyOrderElementsOf(guests);
        assertThat(paced).hasValue(30);
        assertThat(messages.mostAtOnce.get()).isGreaterThan(1).isLessThanOrEqualTo(BroadcastSenders.IN_FLIGHT);
    }

    @Test
    void aProblemForEveryGuestStopsNewSendsAndIsThrownAfterTheSendsInFlight() {
        Messages messages = new Messages();
        List<UUID> guests = guests(40);
        messages.failOn = guests.get(5);
        messages.order = guests;

        assertThatThrownBy(() -> senders(messages).sendAll(UUID.randomUUID(), UUID.randomUUID(), guests, null,
                UUID.randomUUID(), () -> { })).hasMessage("Meta refused the token");

        assertThat(messages.running).hasValue(0);
        assertThat(messages.sent).hasSizeLessThanOrEqualTo(5 + BroadcastSenders.IN_FLIGHT).doesNotContain(guests.get(5));
    }
}
