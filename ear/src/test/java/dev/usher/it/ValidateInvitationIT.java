package dev.usher.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

import static dev.usher.it.Fixture.ok;
import static dev.usher.it.Invites.SCANNER;
import static dev.usher.it.Invites.checkIn;
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
}
