package dev.usher.invitations.control;

import dev.usher.platform.errors.TooManyRequestsException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;

/**
 * The public invitation check's limits, counted per one-minute window in the database (every
 * server on it counts together). Made for a venue's Wi-Fi, where hundreds of guests share one
 * address, without letting anyone try codes:
 * <ul>
 * <li>per client address, at most {@code usher.invitations.validate-per-minute} checks (default
 * 600): room for a crowd behind one NAT address;</li>
 * <li>per client address, at most {@code usher.invitations.validate-unknown-per-minute} checks of
 * codes that are malformed or unknown (default 30): only those are guesses, a real code teaches
 * nothing new. Once spent, every check from the address is refused for the rest of the minute, so
 * the refusal itself never says whether a code exists;</li>
 * <li>all addresses together, {@code usher.invitations.validate-unknown-all-per-minute} unknown
 * codes (default 600): against guessing from many addresses. Once spent, an address that has
 * checked an unknown code in this minute is refused; addresses that only checked real codes are
 * not, so the guests at the door keep their page.</li>
 * </ul>
 */
@ApplicationScoped
public class ClientRateLimit {

    private static final String CHECKS = "validate:";
    private static final String UNKNOWN = "validate-unknown:";
    private static final String UNKNOWN_ALL = "validate-unknown:*";

    @Inject
    @ConfigProperty(name = "usher.invitations.validate-per-minute", defaultValue = "600")
    int perMinute;

    @Inject
    @ConfigProperty(name = "usher.invitations.validate-unknown-per-minute", defaultValue = "30")
    int unknownPerMinute;

    @Inject
    @ConfigProperty(name = "usher.invitations.validate-unknown-all-per-minute", defaultValue = "600")
    int unknownAllPerMinute;

    @Inject
    RateLimitCounters counters;

    /** Counts one check by {@code client}; throws 429 with the time left in the window when a limit is spent. */
    public void acquire(String client) {
        String address = address(client);
        RateLimitCounters.Window window = counters.hit(CHECKS + address, List.of(UNKNOWN + address, UNKNOWN_ALL));
        long checks = window.counts().get(0);
        long unknown = window.counts().get(1);
        long unknownAll = window.counts().get(2);
        if (checks > perMinute) {
            throw new TooManyRequestsException("Too many invitation checks from your address; at most " + perMinute
                    + " a minute", window.left());
        }
        if (unknown >= unknownPerMinute || unknown > 0 && unknownAll >= unknownAllPerMinute) {
            throw new TooManyRequestsException("Too many checks of unknown codes from your address; try again in a "
                    + "minute", window.left());
        }
    }

    /** The client's check was of a malformed or unknown code: it counts against the guessing budgets. */
    public void unknown(String client) {
        counters.hit(List.of(UNKNOWN + address(client), UNKNOWN_ALL));
    }

    /** At most 100 characters of the address (it is a bucket's name); a missing one is "?". */
    public static String address(String client) {
        if (client == null || client.isBlank()) {
            return "?";
        }
        return client.length() > 100 ? client.substring(0, 100) : client;
    }
}
