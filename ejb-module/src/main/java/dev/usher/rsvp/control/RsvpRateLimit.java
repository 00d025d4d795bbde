package dev.usher.rsvp.control;

import dev.usher.invitations.control.ClientRateLimit;
import dev.usher.invitations.control.RateLimitCounters;
import dev.usher.platform.errors.TooManyRequestsException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;

/**
 * The public RSVP API's limits per client address and one-minute window, counted in the database
 * like the invitation check's ({@link ClientRateLimit}): at most {@code usher.rsvp.per-minute}
 * requests (default 120: a family on one home network answering), and at most
 * {@code usher.rsvp.unknown-per-minute} requests with unknown or malformed tokens (default 20): only
 * those are guesses. Once either is spent every request from the address is refused for the rest of
 * the minute, so a refusal never tells whether a token exists.
 */
@ApplicationScoped
public class RsvpRateLimit {

    private static final String REQUESTS = "rsvp:";
    private static final String UNKNOWN = "rsvp-unknown:";

    @Inject
    @ConfigProperty(name = "usher.rsvp.per-minute", defaultValue = "120")
    int perMinute;

    @Inject
    @ConfigProperty(name = "usher.rsvp.unknown-per-minute", defaultValue = "20")
    int unknownPerMinute;

    @Inject
    RateLimitCounters counters;

    /** Counts one request by {@code client}; 429 with the time left in the window when a limit is spent. */
    public void acquire(String client) {
        String address = ClientRateLimit.address(client);
        RateLimitCounters.Window window = counters.hit(REQUESTS + address, List.of(UNKNOWN + address));
        if (window.counts().get(0) > perMinute || window.counts().get(1) >= unknownPerMinute) {
            throw new TooManyRequestsException("Too many RSVP requests from your address; try again in a minute",
                    window.left());
        }
    }

    /** The request named no link: it counts against the guessing budget. */
    public void unknown(String client) {
        counters.hit(List.of(UNKNOWN + ClientRateLimit.address(client)));
    }
}
