package dev.usher.it.platform;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.servers.ArquillianIT;
import dev.usher.it.support.servers.CrashServer;
import dev.usher.it.support.servers.TestEnvironment;
import dev.usher.it.support.standins.Mailbox;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server whose {@code USHER_TRUSTED_PROXIES} is unset (the shipped default) ignores
 * X-Forwarded-For, so a client cannot escape the per-address limits of the public pages by
 * inventing a new address for each request: every request counts against its real one. The other
 * side, a server trusting its proxy limits each forwarded client on its own, is shown on usherIT,
 * which trusts loopback (ValidateInvitationIT, RsvpApiIT: another forwarded address is not
 * limited). This runs on usherDevIT (the tag), the build's Arquillian server that keeps the default.
 */
@Tag("dev-issuer")
class UntrustedForwardingIT extends ArquillianIT {

    @Test
    void inventedAddressesDoNotEscapeTheCodeChecksGuessingBudget() {
        String invented = inventedNetwork();
        Api.Reply last = spoofUntilRefused(Mailbox.VALIDATE_UNKNOWN_PER_MINUTE, invented,
                client -> client.get("/api/validate-invitation/" + UUID.randomUUID().toString().replace("-", "")));
        assertThat(last.status()).as("one address's budget, whatever the header says: " + last).isEqualTo(429);
        assertThat(bucketsOf(invented, "validate")).as("no invented address was counted").isZero();
    }

    @Test
    void inventedAddressesDoNotEscapeTheRsvpGuessingBudget() {
        String invented = inventedNetwork();
        Api.Reply last = spoofUntilRefused(TestEnvironment.RSVP_UNKNOWN_PER_MINUTE, invented,
                client -> client.get("/api/public/rsvp/" + ("R" + UUID.randomUUID().toString().replace("-", "")
                        + "x".repeat(43)).substring(0, 43)));
        assertThat(last.status()).as("one address's budget, whatever the header says: " + last).isEqualTo(429);
        assertThat(bucketsOf(invented, "rsvp")).as("no invented address was counted").isZero();
    }

    /**
     * Up to {@code budget} + 1 guesses, each claiming another address of {@code network} in
     * X-Forwarded-For, until one is refused. Were the header believed, every address would have a
     * budget of its own and none would be.
     */
    private static Api.Reply spoofUntilRefused(int budget, String network, Function<Api, Api.Reply> guess) {
        freshWindow();
        Api.Reply last = null;
        for (int i = 1; i <= budget + 1 && (last == null || last.status() != 429); i++) {
            last = guess.apply(Api.anonymous().from(network + i));
            assertThat(last.status()).as(last.toString()).isIn(200, 404, 429);
        }
        return last;
    }

    /** A random /24 of 10.0.0.0/8 (as "10.x.y."), so the test's invented addresses are its own. */
    private static String inventedNetwork() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + ".";
    }

    /** The counters ({@code validate:}, {@code validate-unknown:}, {@code rsvp:}...) named after an address of {@code network}. */
    private static long bucketsOf(String network, String limit) {
        return Db.count("SELECT count(*) FROM rate_limit_windows WHERE bucket LIKE ? AND bucket LIKE ?",
                limit + "%", "%:" + network + "%");
    }

    /**
     * Waits, if less than 25 seconds of the database's current minute are left, for the next one,
     * so the guesses fall into one window of the limits (a setup step, not a timed assertion).
     */
    private static void freshWindow() {
        long left = Db.count("SELECT CAST(ceil(extract(epoch FROM date_trunc('minute', now()) + interval '1 minute'"
                + " - now())) AS bigint)");
        if (left < 25) {
            CrashServer.sleep((left + 1) * 1000);
        }
    }
}
