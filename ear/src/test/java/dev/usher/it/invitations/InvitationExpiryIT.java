package dev.usher.it.invitations;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.fixtures.DoorCodes;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.fixtures.Invites;
import dev.usher.it.support.servers.ArquillianIT;
import dev.usher.it.support.standins.Mailbox;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;

import static dev.usher.it.support.fixtures.Fixture.created;
import static dev.usher.it.support.fixtures.Fixture.ok;
import static dev.usher.it.support.fixtures.Invites.SCANNER;
import static dev.usher.it.support.fixtures.Invites.SUPER_ADMIN;
import static dev.usher.it.support.fixtures.Invites.checkIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Invitation expiry through the real server and database: an expired code is refused at the door
 * (scan, name admission, offline upload) and by validate as expired, recorded and admitting no
 * one; the event's default is written at the first send; a resend renews only when asked. "Already
 * expired" is set on the row by SQL: no test waits for time to pass.
 */
class InvitationExpiryIT extends ArquillianIT {

    private static final String OFFICIAL = "/api/admin/official-invitations";

    private static Api client() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return Api.anonymous().from("198.51." + r.nextInt(256) + "." + r.nextInt(1, 255));
    }

    private static String inAWeek() {
        return OffsetDateTime.now(ZoneOffset.UTC).plusDays(7).withNano(0).toString();
    }

    /** A pending invitation of the event, expiring when asked (null: no expiry of its own). */
    private static JsonObject draft(String eventId, String expiresAt) {
        return created(SUPER_ADMIN.post(OFFICIAL, "{\"recipientName\":\"Dana Cohen\",\"email\":\""
                + Api.uniqueEmail("expiry") + "\",\"seats\":1,\"eventId\":\"" + eventId + "\",\"send\":false"
                + (expiresAt == null ? "" : ",\"expiresAt\":\"" + expiresAt + "\"") + "}"));
    }

    private static void expireOnTheRow(String invitationId) {
        assertThat(Db.update("UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE id = ?::uuid",
                invitationId)).isEqualTo(1);
    }

    @Test
    void anExpiredCodeIsRefusedAtTheDoorAndByValidateAndAdmitsNoOne() {
        Fixture f = Fixture.create();
        String expiresAt = inAWeek();
        JsonObject invitation = draft(f.eventId, expiresAt);
        String id = invitation.getString("id");
        assertThat(OffsetDateTime.parse(invitation.getString("expiresAt"))).isEqualTo(OffsetDateTime.parse(expiresAt));
        String token = Invites.token(id);
        Api anyone = client();

        // Not yet expired: valid, and validate says when it expires.
        JsonObject before = ok(anyone.get("/api/validate-invitation/" + token));
        assertThat(before.getBoolean("valid")).isTrue();
        assertThat(before.getString("outcome")).isEqualTo("valid");
        assertThat(OffsetDateTime.parse(before.getString("expiresAt"))).isEqualTo(OffsetDateTime.parse(expiresAt));

        expireOnTheRow(id);

        JsonObject check = ok(anyone.get("/api/validate-invitation/" + token));
        assertThat(check.getBoolean("valid")).isFalse();
        assertThat(check.getString("outcome")).isEqualTo("expired");
        JsonObject signed = ok(anyone.get("/api/validate-invitation/" + DoorCodes.ofQr(id)));
        assertThat(signed.getString("outcome")).as("the signed code of the QR").isEqualTo("expired");

        JsonObject scan = ok(SCANNER.post("/api/check-ins", checkIn(token, "Gate", null, null, f.eventId)));
        assertThat(scan.getString("outcome")).isEqualTo("expired");
        assertThat(scan.getInt("seatsAdmitted")).isZero();
        assertThat(scan.getString("firstName")).as("the guest is real, only the code's time is up").isEqualTo("Dana");
        assertThat(scan.containsKey("expiresAt")).isTrue();
        assertThat(Db.count("SELECT count(*) FROM invitation_scans WHERE id = ?::uuid AND outcome = 'expired'"
                + " AND seats_admitted = 0", scan.getString("scanId"))).isEqualTo(1);

        JsonObject byName = ok(f.admin.post("/api/check-ins/manual", "{\"invitationId\":\"" + id + "\",\"eventId\":\""
                + f.eventId + "\",\"station\":\"Desk\"}"));
        assertThat(byName.getString("outcome")).isEqualTo("expired");

        JsonObject upload = f.admin.post(f.events("/door/offline-scans"), "{\"station\":\"Gate\",\"device\":\"phone\","
                + "\"scans\":[{\"nonce\":\"n-" + id + "\",\"invitationId\":\"" + id + "\",\"seats\":1,\"at\":\""
                + OffsetDateTime.now(ZoneOffset.UTC) + "\"}]}").array().getJsonObject(0);
        assertThat(upload.getString("outcome")).isEqualTo("expired");
        assertThat(upload.getBoolean("conflict")).isTrue();

        assertThat(Db.count("SELECT seats_admitted FROM invitations WHERE id = ?::uuid", id)).isZero();
        JsonObject kitGuest = ok(f.admin.get(f.events("/door/kit"))).getJsonArray("guests").getValuesAs(JsonObject.class)
                .stream().filter(g -> g.getString("id").equals(id)).findFirst().orElseThrow();
        assertThat(kitGuest.containsKey("expiresAt")).as("the offline list carries the expiry").isTrue();
    }

    @Test
    void aPermissionProblemAndAnUnknownCodeKeepTheirOwnAnswers() {
        Fixture f = Fixture.create();
        Fixture other = Fixture.create();
        String id = draft(f.eventId, null).getString("id");
        expireOnTheRow(id);
        String token = Invites.token(id);

        JsonObject foreign = ok(SCANNER.post("/api/check-ins", checkIn(token, "Gate", null, null, other.eventId)));
        assertThat(foreign.getString("outcome")).isEqualTo("wrong-event");
        assertThat(foreign.containsKey("firstName")).isFalse();
        assertThat(f.editor.post("/api/check-ins", checkIn(token, "Gate", null, null, f.eventId)).status()).isEqualTo(403);
        assertThat(ok(SCANNER.post("/api/check-ins", checkIn("C".repeat(32), "Gate", null, null, null)))
                .getString("outcome")).isEqualTo("unknown");

        assertThat(SUPER_ADMIN.delete(OFFICIAL + "/" + id).status()).isEqualTo(204);
        assertThat(ok(SCANNER.post("/api/check-ins", checkIn(token, "Gate", null, null, f.eventId))).getString("outcome"))
                .as("revoked says more than expired").isEqualTo("revoked");
    }

    @Test
    void anExitIsLetOutAfterTheCodeExpired() {
        Fixture f = Fixture.create();
        JsonObject list = created(f.admin.post(f.events("/check-in-lists"),
                "{\"name\":\"Hall\",\"exits\":true,\"reentry\":true}"));
        String id = draft(f.eventId, null).getString("id");
        String token = Invites.token(id);
        String in = "{\"token\":\"" + token + "\",\"station\":\"Hall door\",\"eventId\":\"" + f.eventId
                + "\",\"listId\":\"" + list.getString("id") + "\"";
        assertThat(ok(SCANNER.post("/api/check-ins", in + "}")).getString("outcome")).isEqualTo("admitted");
        expireOnTheRow(id);
        assertThat(ok(SCANNER.post("/api/check-ins", in + ",\"exit\":true}")).getString("outcome")).isEqualTo("exited");
        assertThat(ok(SCANNER.post("/api/check-ins", in + "}")).getString("outcome")).isEqualTo("expired");
    }

    @Test
    void theEventDefaultIsWrittenAtTheFirstSendAndAnOwnInstantWins() {
        Fixture f = Fixture.create();
        JsonObject event = ok(f.admin.patch(f.events(""), "{\"invitationExpiryDays\":3}"));
        assertThat(event.getInt("invitationExpiryDays")).isEqualTo(3);
        assertThat(ok(f.viewer.get(f.events(""))).getInt("invitationExpiryDays")).isEqualTo(3);

        String email = Api.uniqueEmail("expiry");
        JsonObject sent = created(SUPER_ADMIN.post(OFFICIAL, "{\"recipientName\":\"Eli Shapiro\",\"email\":\"" + email
                + "\",\"eventId\":\"" + f.eventId + "\"}"));
        assertThat(sent.getString("status")).isEqualTo("sent");
        Mailbox.await(email, 1);
        OffsetDateTime sentAt = OffsetDateTime.parse(sent.getString("sentAt"));
        assertThat(OffsetDateTime.parse(sent.getString("expiresAt"))).isCloseTo(sentAt.plusDays(3),
                within(Duration.ofSeconds(1)));
        assertThat(ok(SCANNER.post("/api/check-ins", checkIn(Invites.token(sent.getString("id")), "Gate", null, null,
                f.eventId))).getString("outcome")).as("not yet expired").isEqualTo("admitted");

        String own = inAWeek();
        JsonObject ownInstant = created(SUPER_ADMIN.post(OFFICIAL, "{\"recipientName\":\"Noa Levi\",\"email\":\""
                + Api.uniqueEmail("expiry") + "\",\"eventId\":\"" + f.eventId + "\",\"expiresAt\":\"" + own + "\"}"));
        assertThat(OffsetDateTime.parse(ownInstant.getString("expiresAt"))).isEqualTo(OffsetDateTime.parse(own));

        JsonObject draft = draft(f.eventId, null);
        assertThat(draft.containsKey("expiresAt")).as("a draft is not sent: no default yet").isFalse();

        // null removes the default (merge patch); later sends do not expire.
        assertThat(ok(f.admin.patch(f.events(""), "{\"invitationExpiryDays\":null}")).containsKey("invitationExpiryDays"))
                .isFalse();
    }

    @Test
    void aResendRenewsOnlyWhenAskedAndTheRenewedCodeIsAdmitted() {
        Fixture f = Fixture.create();
        ok(f.admin.patch(f.events(""), "{\"invitationExpiryDays\":10}"));

        // Without a body the expiry stays: still expired.
        String kept = draft(f.eventId, inAWeek()).getString("id");
        expireOnTheRow(kept);
        JsonObject unchanged = ok(f.admin.post(f.events("/invitations/" + kept + "/resend"), null));
        assertThat(OffsetDateTime.parse(unchanged.getString("expiresAt"))).isBefore(OffsetDateTime.now(ZoneOffset.UTC));
        assertThat(ok(SCANNER.post("/api/check-ins", checkIn(Invites.token(kept), "Gate", null, null, f.eventId)))
                .getString("outcome")).isEqualTo("expired");

        // A new instant, by the event's admin.
        String renewed = draft(f.eventId, null).getString("id");
        expireOnTheRow(renewed);
        String until = inAWeek();
        JsonObject view = ok(f.admin.post(f.events("/invitations/" + renewed + "/resend"),
                "{\"expiresAt\":\"" + until + "\"}"));
        assertThat(OffsetDateTime.parse(view.getString("expiresAt"))).isEqualTo(OffsetDateTime.parse(until));
        assertThat(ok(client().get("/api/validate-invitation/" + Invites.token(renewed))).getString("outcome"))
                .isEqualTo("valid");
        assertThat(ok(SCANNER.post("/api/check-ins", checkIn(Invites.token(renewed), "Gate", null, null, f.eventId)))
                .getString("outcome")).isEqualTo("admitted");

        // The event's default again, counted from now, by a super-admin.
        String fromEvent = draft(f.eventId, null).getString("id");
        expireOnTheRow(fromEvent);
        OffsetDateTime asked = OffsetDateTime.now(ZoneOffset.UTC);
        JsonObject again = ok(SUPER_ADMIN.post(OFFICIAL + "/" + fromEvent + "/resend", "{\"renewExpiry\":true}"));
        assertThat(OffsetDateTime.parse(again.getString("expiresAt"))).isBetween(asked.plusDays(10).minusSeconds(1),
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(10).plusSeconds(1));
        assertThat(ok(SCANNER.post("/api/check-ins", checkIn(Invites.token(fromEvent), "Gate", null, null, f.eventId)))
                .getString("outcome")).isEqualTo("admitted");
    }

    @Test
    void anOrganizerChangesAnExpiryWithoutSendingAnything() {
        Fixture f = Fixture.create();
        JsonObject draft = draft(f.eventId, inAWeek());
        String id = draft.getString("id");
        String token = Invites.token(id);
        expireOnTheRow(id);
        assertThat(ok(SCANNER.post("/api/check-ins", checkIn(token, "Gate", 1, null, f.eventId))).getString("outcome"))
                .isEqualTo("expired");

        // The event's admin gives the code another week: admitted again, and nothing was e-mailed.
        String until = inAWeek();
        JsonObject later = ok(f.admin.put(f.events("/invitations/" + id + "/expiry"), "{\"expiresAt\":\"" + until + "\"}"));
        assertThat(OffsetDateTime.parse(later.getString("expiresAt"))).isEqualTo(OffsetDateTime.parse(until));
        assertThat(later.getString("status")).as("a draft stays a draft").isEqualTo("pending");
        assertThat(Db.count("SELECT count(*) FROM invitations WHERE id = ?::uuid AND sent_at IS NULL", id)).isEqualTo(1);
        assertThat(Mailbox.to(draft.getString("email"))).as("no e-mail").isEmpty();
        assertThat(ok(client().get("/api/validate-invitation/" + token)).getString("outcome")).isEqualTo("valid");
        assertThat(ok(SCANNER.post("/api/check-ins", checkIn(token, "Gate", 1, null, f.eventId))).getString("outcome"))
                .isEqualTo("admitted");

        // A super-admin clears it: the code never expires, even set to the past on the row before.
        expireOnTheRow(id);
        JsonObject never = ok(SUPER_ADMIN.put(OFFICIAL + "/" + id + "/expiry", "{\"expiresAt\":null}"));
        assertThat(never.containsKey("expiresAt")).isFalse();
        assertThat(Db.count("SELECT count(*) FROM invitations WHERE id = ?::uuid AND expires_at IS NULL", id)).isEqualTo(1);
        assertThat(ok(client().get("/api/validate-invitation/" + token)).getString("outcome"))
                .as("the one seat is used, but not because of time").isEqualTo("already-used");
    }

    @Test
    void aRevokedCodeOrAnotherEventsCodeKeepsItsExpiry() {
        Fixture f = Fixture.create();
        Fixture other = Fixture.create();
        String week = inAWeek();
        String id = draft(f.eventId, week).getString("id");
        String body = "{\"expiresAt\":\"" + OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).withNano(0) + "\"}";

        Api.Reply foreign = other.admin.put(other.events("/invitations/" + id + "/expiry"), body);
        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(404);
        assertThat(foreign.isProblem()).isTrue();

        assertThat(SUPER_ADMIN.delete(OFFICIAL + "/" + id).status()).isEqualTo(204);
        Api.Reply revoked = f.admin.put(f.events("/invitations/" + id + "/expiry"), body);
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(409);
        assertThat(revoked.isProblem()).isTrue();
        assertThat(Db.count("SELECT count(*) FROM invitations WHERE id = ?::uuid AND expires_at = ?::timestamptz", id,
                week)).as("unchanged").isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a default of zero days       | PATCH  | event  | {\"invitationExpiryDays\":0}            | invitationExpiryDays",
        "a default beyond ten years   | PATCH  | event  | {\"invitationExpiryDays\":3651}         | invitationExpiryDays",
        "a past instant on creation   | POST   | create | {\"expiresAt\":\"2020-01-01T00:00:00Z\"} | expiresAt",
        "a past instant for guests    | POST   | guests | {\"expiresAt\":\"2020-01-01T00:00:00Z\"} | expiresAt",
        "a past instant at a resend   | POST   | resend | {\"expiresAt\":\"2020-01-01T00:00:00Z\"} | expiresAt",
        "an instant and the default   | POST   | resend | {\"expiresAt\":\"2099-01-01T00:00:00Z\",\"renewExpiry\":true} | renewExpiry",
        "the default where none is    | POST   | resend | {\"renewExpiry\":true}                  | renewExpiry",
        "a past instant set by hand   | PUT    | expiry | {\"expiresAt\":\"2020-01-01T00:00:00Z\"} | expiresAt",
        "an empty expiry body         | PUT    | expiry |                                         | body",
    })
    void badExpiryInputIsRefusedNamingTheFieldAndChangesNothing(String what, String method, String where, String body,
                                                                String field) {
        Fixture f = Fixture.create();
        String id = draft(f.eventId, null).getString("id");
        String path = switch (where) {
            case "event" -> f.events("");
            case "guests" -> f.events("/invitations");
            case "resend" -> f.events("/invitations/" + id + "/resend");
            case "expiry" -> f.events("/invitations/" + id + "/expiry");
            default -> OFFICIAL;
        };
        String json = where.equals("create") ? "{\"recipientName\":\"Bad Input\",\"email\":\"" + Api.uniqueEmail("bad")
                + "\",\"eventId\":\"" + f.eventId + "\"," + body.substring(1) : where.equals("guests")
                ? "{\"guestIds\":[\"" + f.guestId + "\"]," + body.substring(1) : body;

        Api caller = where.equals("create") ? SUPER_ADMIN : f.admin;
        // An empty JSON body (no body at all, and no Content-Type, is a 415 before any field is read).
        Api.Reply reply = caller.send(method, path, json == null ? "" : json, "application/json");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.object().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo(field);
        assertThat(ok(f.admin.get(f.events(""))).containsKey("invitationExpiryDays")).isFalse();
        assertThat(Db.count("SELECT count(*) FROM invitations WHERE id = ?::uuid AND expires_at IS NULL AND sent_at IS NULL",
                id)).as("the resend neither sent nor renewed").isEqualTo(1);
        assertThat(Db.count("SELECT count(*) FROM invitations WHERE recipient_name = 'Bad Input'")).isZero();
    }
}
