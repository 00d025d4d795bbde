package dev.usher.invitations.control;

import dev.usher.platform.errors.TooManyRequestsException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * At most {@code usher.invitations.validate-per-minute} public validations per client address
 * per minute (default 30), so nobody can try codes by the million. Fixed one-minute windows kept
 * in memory: the map is dropped when the window turns, so it never holds more than one minute
 * of addresses. Per server; behind N servers a client gets N times the limit, which still
 * makes guessing a 192-bit token hopeless.
 */
@ApplicationScoped
public class ClientRateLimit {

    private static final long WINDOW_MILLIS = 60_000;

    @Inject
    @ConfigProperty(name = "usher.invitations.validate-per-minute", defaultValue = "30")
    int perMinute;

    private volatile Window window = new Window(0);

    private record Window(long start, ConcurrentHashMap<String, AtomicInteger> counts) {
        Window(long start) {
            this(start, new ConcurrentHashMap<>());
        }
    }

    /** Counts one request of {@code client}; throws 429 with the time left in the window when over the limit. */
    public void acquire(String client) {
        long now = System.currentTimeMillis();
        long start = now - now % WINDOW_MILLIS;
        Window current = window;
        if (current.start() != start) {
            synchronized (this) {
                current = window;
                if (current.start() != start) {
                    current = new Window(start);
                    window = current;
                }
            }
        }
        int used = current.counts().computeIfAbsent(client == null ? "?" : client, k -> new AtomicInteger())
                .incrementAndGet();
        if (used > perMinute) {
            throw new TooManyRequestsException("Too many invitation checks from your address; at most " + perMinute
                    + " a minute", Duration.ofMillis(start + WINDOW_MILLIS - now));
        }
    }
}
