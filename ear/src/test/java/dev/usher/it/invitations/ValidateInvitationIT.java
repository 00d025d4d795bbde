package dev.usher.it.invitations;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.fixtures.Invites;
import dev.usher.it.support.servers.ArquillianIT;
import dev.usher.it.support.servers.CrashServer;
import dev.usher.it.support.servers.TestEnvironment;
import dev.usher.it.support.standins.Mailbox;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

import static dev.usher.it.support.fixtures.Fixture.ok;
import static dev.usher.it.support.fixtures.Invites.SCANNER;
import static dev.usher.it.support.fixtures.Invites.checkIn;
import static org.assertj.core.api.Assertions.assertThat;

/** The public check of a code: minimal answers, no sign-in, no use of the code, a rate limit per address. */
class ValidateInvitationIT extends ArquillianIT {

    /** A client address of this test's own (documentation range), so no other test shares its limit. */
    private static Api client() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return Api.anonymous().from("198.51." + r.nextInt(256) + "." + r.nextInt(1, 255));
    }

    @Test
    void anyoneLearnsOnlyFirstNameEventAndStatusAndTheCodeIsNotUsedUp() throws IOException {
        Fixture f = Fixture.create();
        ok(f.admin.patch(f.events(""), "{\"date\":\"2031-09-09\",\"location\":\"Tel Aviv\"}"));
        JsonObject invitation = Invites.draft(f.eventId, 1);
        String token = Invites.token(invitation.getString("id"));
        Api anyone = client();

        JsonObject check = ok(anyone.get("/api/validate-invitation/" + token));
        assertThat(check.getBoolean("valid")).isTrue();
        assertThat(check.getString("firstName")).isEqualTo("Dana");
        assertThat(check.getString("eventName")).isEqualTo("Fixture event");
        assertThat(check.getString("eventDate")).isEqualTo("2031-09-09");
        assertThat(check.getString("venue")).isEqualTo("Tel Aviv");
        assertThat(check.getString("status")).isEqualTo("pending");
        assertThat(check.keySet()).doesNotContain("email", "phone", "number", "id", "recipientName", "token");
        assertThat(check.toString()).doesNotContain("Cohen").doesNotContain("@");

        assertThat(ok(SCANNER.post("/api/check-ins", checkIn(token, "Gate", null, null, null))).getString("outcome"))
                .isEqualTo("admitted");
        JsonObject used = ok(anyone.get("/api/validate-invitation/" + token));
        assertThat(used.getBoolean("valid")).isFalse();
        assertThat(used.getString("status")).isEqualTo("scanned");

        JsonObject unknown = ok(anyone.get("/api/validate-invitation/" + "B".repeat(32)));
        assertThat(unknown.getBoolean("valid")).isFalse();
        assertThat(unknown.containsKey("firstName")).isFalse();

        Api.Reply malformed = anyone.get("/api/validate-invitation/not!a*token");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.isProblem()).isTrue();
        assertThat(malformed.body()).doesNotContain("not!a*token");

        // Nothing of Usher's writes the token to the server's log.
        Path log = Path.of(System.getProperty("usher.it.serverDir"), "logs", "messages.log");
        assertThat(Files.readString(log)).doesNotContain(token);
    }

    @Test
    void oneAddressIsLimitedWithRetryAfterWhileAnotherIsNot() {
        String token = Invites.token(Invites.draft(null, 1).getString("id"));
        Api flooding = client();
        for (int i = 0; i < Mailbox.VALIDATE_PER_MINUTE; i++) {
            Api.Reply reply = flooding.get("/api/validate-invitation/" + token);
            if (reply.status() == 429) {
                // The one-minute window turned during the loop; the limit held all the same.
                break;
            }
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        }
        Api.Reply limited = flooding.get("/api/validate-invitation/" + token);
        if (limited.status() == 200) {
            // Started in a fresh window right at its turn: fill this one.
            for (int i = 0; i < Mailbox.VALIDATE_PER_MINUTE && limited.status() == 200; i++) {
                limited = flooding.get("/api/validate-invitation/" + token);
            }
        }
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.isProblem()).isTrue();
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(limited.body()).doesNotContain(token);

        assertThat(client().get("/api/validate-invitation/" + token).status()).isEqualTo(200);
    }

    /**
     * Venue Wi-Fi: many guests behind one address check their real codes, more than the guessing
     * budget allows; guessing from that address is stopped after the budget of unknown codes, and
     * then even a real code gets 429 there, so the refusal says nothing about a code.
     */
    @Test
    void aCrowdBehindOneAddressChecksItsCodesButGuessingFromItIsStopped() {
        String token = Invites.token(Invites.draft(null, 1).getString("id"));
        freshWindow();
        Api venue = client();
        for (int i = 0; i < Mailbox.VALIDATE_UNKNOWN_PER_MINUTE + 5; i++) {
            Api.Reply reply = venue.get("/api/validate-invitation/" + token);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        }
        Api guessing = client();
        for (int i = 0; i < Mailbox.VALIDATE_UNKNOWN_PER_MINUTE; i++) {
            Api.Reply reply = guessing.get("/api/validate-invitation/" + (i % 2 == 0 ? unknownCode() : "not*a*code" + i));
            assertThat(reply.status()).as(reply.toString()).isIn(200, 400);
        }
        Api.Reply stopped = guessing.get("/api/validate-invitation/" + unknownCode());
        assertThat(stopped.status()).as(stopped.toString()).isEqualTo(429);
        assertThat(stopped.isProblem()).isTrue();
        assertThat(Long.parseLong(stopped.header("Retry-After"))).isBetween(1L, 60L);
        Api.Reply real = guessing.get("/api/validate-invitation/" + token);
        assertThat(real.status()).as("a real code from the guessing address").isEqualTo(429);
        assertThat(venue.get("/api/validate-invitation/" + token).status()).isEqualTo(200);
    }

    /**
     * The counters live in the database: a second Usher server on the same database (a fresh
     * process of the shipped configuration) shares every limit with the test server.
     */
    @Test
    void everyServerOnTheDatabaseCountsTogether() {
        String token = Invites.token(Invites.draft(null, 1).getString("id"));
        try (CrashServer second = new CrashServer("DB_URL=" + System.getProperty("usher.it.db.url"),
                // The second server alone has a small budget of unknown codes over all addresses.
                "USHER_INVITATIONS_VALIDATE_UNKNOWN_ALL_PER_MINUTE=" + ALL_UNKNOWN_ON_SECOND,
                // Like the test server, it takes the client's address from X-Forwarded-For sent from loopback.
                TestEnvironment.TRUST_LOOPBACK)) {
            second.start();
            theCountersAreShared(second, token);
        }
    }

    private static final int ALL_UNKNOWN_ON_SECOND = Mailbox.VALIDATE_UNKNOWN_PER_MINUTE + 5;

    private static void theCountersAreShared(CrashServer second, String token) {
        // A minute of its own: no other test's unknown codes count against the budget over all addresses.
        nextWindow();
        // Checks of a real code from one address, alternating between the servers: one limit for both.
        Api client = client();
        for (int i = 0; i < Mailbox.VALIDATE_PER_MINUTE; i++) {
            Api.Reply reply = i % 2 == 0 ? client.get("/api/validate-invitation/" + token)
                    : second.get(client, "/api/validate-invitation/" + token);
            assertThat(reply.status()).as(i + ": " + reply).isEqualTo(200);
        }
        assertThat(client.get("/api/validate-invitation/" + token).status()).isEqualTo(429);
        assertThat(second.get(client, "/api/validate-invitation/" + token).status()).isEqualTo(429);

        // Unknown codes from one address, alternating: one budget for both.
        Api guessing = client();
        for (int i = 0; i < Mailbox.VALIDATE_UNKNOWN_PER_MINUTE; i++) {
            Api.Reply reply = i % 2 == 0 ? guessing.get("/api/validate-invitation/" + unknownCode())
                    : second.get(guessing, "/api/validate-invitation/" + unknownCode());
            assertThat(reply.status()).as(i + ": " + reply).isEqualTo(200);
        }
        assertThat(guessing.get("/api/validate-invitation/" + token).status()).isEqualTo(429);
        assertThat(second.get(guessing, "/api/validate-invitation/" + token).status()).isEqualTo(429);

        // Over all addresses: unknown codes checked on the test server spend the second server's small
        // budget; there, an address that checked an unknown code is then stopped, one that did not is not.
        Api another = client();
        for (int i = Mailbox.VALIDATE_UNKNOWN_PER_MINUTE; i < ALL_UNKNOWN_ON_SECOND; i++) {
            assertThat(another.get("/api/validate-invitation/" + unknownCode()).status()).isEqualTo(200);
        }
        assertThat(Db.count("SELECT hits FROM rate_limit_windows WHERE bucket = 'validate-unknown:*' "
                + "AND window_start = date_trunc('minute', now())")).isGreaterThanOrEqualTo(ALL_UNKNOWN_ON_SECOND);
        assertThat(second.get(another, "/api/validate-invitation/" + token).status()).isEqualTo(429);
        assertThat(second.get(client(), "/api/validate-invitation/" + token).status()).isEqualTo(200);
        // The test server's own budget over all addresses is the default, far from spent.
        assertThat(another.get("/api/validate-invitation/" + token).status()).isEqualTo(200);
    }

    private static String unknownCode() {
        return java.util.UUID.randomUUID().toString().replace("-", "");
    }

    /** Waits for the database's next minute to begin: a fresh window of the limits (setup, not a timed assertion). */
    private static void nextWindow() {
        CrashServer.sleep((secondsLeftInWindow() + 1) * 1000);
    }

    /**
     * Waits, if less than 25 seconds of the database's current minute are left, for the next one,
     * so a test's requests fall into one window of the limits (a setup step, not a timed assertion).
     */
    private static void freshWindow() {
        long left = secondsLeftInWindow();
        if (left < 25) {
            CrashServer.sleep((left + 1) * 1000);
        }
    }

    private static long secondsLeftInWindow() {
        return Db.count("SELECT CAST(ceil(extract(epoch FROM date_trunc('minute', now()) + interval '1 minute' - now()))"
                + " AS bigint)");
    }
}
