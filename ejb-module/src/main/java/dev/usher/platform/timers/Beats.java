package dev.usher.platform.timers;

import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;

import java.time.Duration;

/**
 * A beat every few seconds for a singleton's {@code @Timeout}: a non-persistent interval timer,
 * since the work is looked for again at the next beat and nothing is to be recovered; every server
 * has its own, and the database decides which server does each piece of work.
 */
public final class Beats {

    private Beats() {
    }

    /**
     * Starts the beat every {@code seconds}, which the setting {@code setting} gave; a value below 1
     * stops the server's start with a message naming the setting, not every beat.
     */
    public static void every(TimerService timers, int seconds, String setting) {
        if (seconds < 1) {
            throw new IllegalStateException(setting + " must be at least 1, not " + seconds);
        }
        long period = Duration.ofSeconds(seconds).toMillis();
        timers.createIntervalTimer(period, period, new TimerConfig(null, false));
    }
}
