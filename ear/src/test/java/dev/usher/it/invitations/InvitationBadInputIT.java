package dev.usher.it.invitations;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.servers.ArquillianIT;
import dev.usher.it.support.standins.Mailbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.UUID;

import static dev.usher.it.support.fixtures.Invites.SCANNER;
import static dev.usher.it.support.fixtures.Invites.SUPER_ADMIN;
import static dev.usher.it.support.fixtures.Invites.checkIn;
import static org.assertj.core.api.Assertions.assertThat;

/** Bad invitations and bad scans are 4xx problems that name what is wrong, and nothing is written. */
class InvitationBadInputIT extends ArquillianIT {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            invalid email          | "email":"dana@"                          | 422 | email
            missing email          | "type":"vip"                             | 422 | email
            unknown type           | "email":"d@example.com","type":"royal"   | 422 | general, vip, press, sponsor, special
            unknown event          | "email":"d@example.com","eventId":"00000000-0000-0000-0000-000000000001" | 422 | eventId
            guest without event    | "email":"d@example.com","guestId":"00000000-0000-0000-0000-000000000001" | 422 | guestId
            zero seats             | "email":"d@example.com","seats":0        | 422 | seats
            negative seats         | "email":"d@example.com","seats":-2       | 422 | seats
            too many seats         | "email":"d@example.com","seats":101      | 422 | seats
            invalid phone          | "email":"d@example.com","phone":"12"     | 422 | phone
            seats not a number     | "email":"d@example.com","seats":"two"    | 422 | seats
            seats that wrap to 3   | "email":"d@example.com","seats":4294967299 | 422 | seats: must be a whole number from 1 to 100
            send as a word         | "email":"d@example.com","send":"yes"     | 422 | send: must be true or false
            a number as name       | "email":"d@example.com","customMessage":123 | 422 | customMessage: must be text
            email given twice      | "email":"d@example.com","email":"e@example.com" | 422 | email: is given twice
            NUL in the message     | "email":"d@example.com","customMessage":"hi\\u0000" | 422 | customMessage: must not contain
            """)
    void aBadInvitationIsRefusedAndNothingIsWritten(String what, String fields, int status, String detail) {
        String marker = "Bad " + UUID.randomUUID();
        Api.Reply reply = SUPER_ADMIN.post("/api/admin/official-invitations",
                "{\"recipientName\":\"" + marker + "\"," + fields + "}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.body()).contains(detail);
        assertThat(Db.count("SELECT count(*) FROM invitations WHERE recipient_name = ?", marker)).isZero();
    }

    @Test
    void anOverLongCustomMessageIsNamedAndNothingIsWrittenOrSent() {
        String email = Api.uniqueEmail("long");
        Api.Reply reply = SUPER_ADMIN.post("/api/admin/official-invitations", "{\"recipientName\":\"Long\",\"email\":\""
                + email + "\",\"customMessage\":\"" + "m".repeat(2001) + "\"}");
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.object().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("customMessage");
        assertThat(Db.count("SELECT count(*) FROM invitations WHERE email = ?", email)).isZero();
        assertThat(Db.count("SELECT count(*) FROM deliveries WHERE recipient = ?", email)).isZero();
        assertThat(Mailbox.to(email)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed token     | "token":"not a token!"                            | 422 | token
            empty token         | "token":""                                        | 422 | token
            URL without a token | "token":"https://usher.example/validate-invitation" | 422 | token
            broken URL escape   | "token":"http://x/validate-invitation?token=%zz"  | 422 | token
            zero seats          | "token":"AAAAAAAAAAAAAAAAAAAAAAAA","seats":0        | 422 | seats
            no station          | "token":"AAAAAAAAAAAAAAAAAAAAAAAA","station":" "    | 422 | station
            seats that wrap to 1 | "token":"AAAAAAAAAAAAAAAAAAAAAAAA","seats":4294967297 | 422 | seats: must be a whole number from 1 to 2147483647
            NUL in the station  | "token":"AAAAAAAAAAAAAAAAAAAAAAAA","station":"G\\u0000" | 422 | station: must not contain
            NUL in the nonce    | "token":"AAAAAAAAAAAAAAAAAAAAAAAA","nonce":"n\\u0000" | 422 | nonce: must not contain
            NUL in the device   | "token":"AAAAAAAAAAAAAAAAAAAAAAAA","device":{"model":"\\u0000"} | 422 | device.model: must not contain
            unknown station event | "token":"AAAAAAAAAAAAAAAAAAAAAAAA","eventId":"00000000-0000-0000-0000-000000000002" | 422 | eventId
            """)
    void aBadScanIsRefusedAndNotRecorded(String what, String fields, int status, String detail) {
        String station = "Bad " + UUID.randomUUID();
        String body = fields.contains("\"station\"") ? "{" + fields + "}" : "{\"station\":\"" + station + "\"," + fields + "}";
        Api.Reply reply = SCANNER.post("/api/check-ins", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.body()).contains(detail).doesNotContain("not a token!");
        assertThat(Db.count("SELECT count(*) FROM invitation_scans WHERE station = ?", station)).isZero();
    }

    @Test
    void badListParametersAreNamed() {
        for (String query : new String[] {"status=lost", "type=royal", "createdFrom=yesterday", "eventId=42", "sort=token",
                "limit=0"}) {
            Api.Reply reply = SUPER_ADMIN.get("/api/admin/official-invitations?" + query);
            assertThat(reply.status()).as(query).isEqualTo(400);
            assertThat(reply.object().getString("detail")).as(query).contains(query.substring(0, query.indexOf('=')));
        }
    }

    @Test
    void aScanOfARevokedOrUnknownInvitationIdIsNotFound() {
        String id = UUID.randomUUID().toString();
        assertThat(SUPER_ADMIN.get("/api/admin/official-invitations/" + id).status()).isEqualTo(404);
        assertThat(SUPER_ADMIN.post("/api/admin/official-invitations/" + id + "/resend", null).status()).isEqualTo(404);
        assertThat(SUPER_ADMIN.delete("/api/check-ins/" + id).status()).isEqualTo(404);
        assertThat(SCANNER.post("/api/check-ins", checkIn("A".repeat(32), "Gate", null, null, null)).status()).isEqualTo(200);
    }

    @Test
    void tenAdminsInvitingOneGuestAtOnceMakeOneInvitationAndNo500() throws Exception {
        Fixture f = Fixture.create();
        String guestId = Fixture.created(f.editor.post(f.events("/guests"),
                "{\"firstName\":\"Rina\",\"email\":\"" + Api.uniqueEmail("rina") + "\"}")).getString("id");
        String body = "{\"guestIds\":[\"" + guestId + "\"],\"send\":false}";
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(10);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.List<java.util.concurrent.Future<Api.Reply>> replies = new java.util.ArrayList<>();
            for (int i = 0; i < 10; i++) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return f.admin.post(f.events("/invitations"), body);
                }));
            }
            start.countDown();
            int created = 0;
            for (java.util.concurrent.Future<Api.Reply> reply : replies) {
                Api.Reply answer = reply.get();
                assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
                created += answer.object().getInt("created");
            }
            assertThat(created).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(Db.count("SELECT count(*) FROM invitations WHERE guest_id = ?::uuid", guestId)).isEqualTo(1);
        // An official invitation naming the same guest is a conflict too, not a broken unique key.
        Api.Reply official = SUPER_ADMIN.post("/api/admin/official-invitations", "{\"recipientName\":\"Rina\",\"email\":\""
                + Api.uniqueEmail("rina2") + "\",\"eventId\":\"" + f.eventId + "\",\"guestId\":\"" + guestId + "\",\"send\":false}");
        assertThat(official.status()).as(official.toString()).isEqualTo(409);
        assertThat(official.isProblem()).isTrue();
        assertThat(Db.count("SELECT count(*) FROM invitations WHERE guest_id = ?::uuid", guestId)).isEqualTo(1);
    }
}
