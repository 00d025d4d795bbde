package dev.usher.it.invitations;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.fixtures.DoorCodes;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.fixtures.Invites;
import dev.usher.it.support.servers.ArquillianIT;
import dev.usher.it.support.standins.Mailbox;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.usher.it.support.fixtures.Fixture.created;
import static dev.usher.it.support.fixtures.Fixture.ok;
import static dev.usher.it.support.fixtures.Invites.SCANNER;
import static dev.usher.it.support.fixtures.Invites.SUPER_ADMIN;
import static dev.usher.it.support.fixtures.Invites.checkIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invitation e-mail as it reaches a real SMTP server: its MIME structure, the escaping of
 * what people typed, the inline QR code read back to the URL a station then posts, the ledger,
 * the tracking pixel, resending and revoking.
 */
class InvitationMailIT extends ArquillianIT {

    @Test
    void theMailCarriesItsQrCodeInlineAndEveryNameEscaped() throws Exception {
        Fixture f = Fixture.create();
        ok(f.admin.patch(f.events(""), "{\"name\":\"Gala <b>night</b>\",\"date\":\"2031-06-01\",\"startTime\":\"18:30\","
                + "\"timeZone\":\"Asia/Jerusalem\",\"location\":\"Haifa & Co\"}"));
        String email = Api.uniqueEmail("vip");
        JsonObject invitation = created(SUPER_ADMIN.post("/api/admin/official-invitations",
                "{\"recipientName\":\"<script>alert(1)</script> Dana\",\"email\":\"" + email.toUpperCase() + "\","
                        + "\"eventId\":\"" + f.eventId + "\",\"type\":\"vip\",\"seats\":2,"
                        + "\"customMessage\":\"Bring <img src=x onerror=alert(2)> your smile\"}"));
        assertThat(invitation.getString("status")).isEqualTo("sent");
        assertThat(invitation.getString("number")).matches("INV-\\d{4,}");
        assertThat(invitation.getString("email")).isEqualTo(email);
        assertThat(invitation.getString("qrUrl")).endsWith("/" + invitation.getString("id") + "/qr.png");
        assertThat(invitation.toString()).doesNotContain(Invites.token(invitation.getString("id")));

        List<MimeMessage> received = Mailbox.await(email, 1);
        assertThat(received).hasSize(1);
        MimeMessage mail = received.get(0);
        assertThat(mail.getSubject()).contains("Gala <b>night</b>").contains(invitation.getString("number"));
        assertThat(mail.isMimeType("multipart/mixed")).isTrue();
        MimeMultipart mixed = (MimeMultipart) mail.getContent();
        assertThat(mixed.getBodyPart(0).isMimeType("multipart/alternative")).isTrue();
        MimeMultipart alternative = (MimeMultipart) mixed.getBodyPart(0).getContent();
        assertThat(alternative.getBodyPart(0).isMimeType("text/plain")).isTrue();
        assertThat(alternative.getBodyPart(1).isMimeType("multipart/related")).isTrue();
        MimeMultipart related = (MimeMultipart) alternative.getBodyPart(1).getContent();
        assertThat(related.getBodyPart(0).isMimeType("text/html")).isTrue();
        BodyPart image = related.getBodyPart(1);
        assertThat(image.isMimeType("image/png")).isTrue();
        assertThat(image.getHeader("Content-ID")[0]).isEqualTo("<invitation-qr>");
        assertThat(image.getDisposition()).isEqualTo("inline");
        BodyPart calendar = mixed.getBodyPart(1);
        assertThat(calendar.isMimeType("text/calendar")).isTrue();
        assertThat(Mailbox.text(calendar)).contains("DTSTART:20310601T153000Z").contains("SUMMARY:Gala <b>night</b>")
                .contains("LOCATION:Haifa & Co");

        String html = Mailbox.text(related.getBodyPart(0));
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; Dana")
                .doesNotContain("<script>")
                .contains("&lt;img src=x onerror=alert(2)&gt;")
                .doesNotContain("<img src=x")
                .contains("Gala &lt;b&gt;night&lt;/b&gt;")
                .contains("src=\"cid:invitation-qr\"")
                .contains("alt=\"QR code of invitation " + invitation.getString("number") + "\"")
                .contains(Mailbox.BRAND_COLOUR)
                .contains("help@usher.test")
                .contains("Valid for one-time use")
                .contains("Haifa &amp; Co");
        String plain = Mailbox.text(alternative.getBodyPart(0));
        assertThat(plain).contains("Dear <script>alert(1)</script> Dana,").contains(invitation.getString("number"))
                .doesNotContain("&lt;");

        String token = Invites.token(invitation.getString("id"));
        String url = Mailbox.decodeQr(Mailbox.bytes(image));
        // The QR code carries the invitation's signed door code (verifiable offline), not the plain token.
        assertThat(DoorCodes.invitationOf(url, f.eventId)).isEqualTo(invitation.getString("id"));
        assertThat(url).doesNotContain(token);
        assertThat(Mailbox.decodeQr(SUPER_ADMIN.bytes("/api/admin/official-invitations/" + invitation.getString("id") + "/qr.png")))
                .isEqualTo(url);
        Api.Reply svg = SUPER_ADMIN.get("/api/admin/official-invitations/" + invitation.getString("id") + "/qr.svg");
        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.contentType()).startsWith("image/svg+xml");
        assertThat(svg.body()).startsWith("<?xml").contains("<svg").contains("viewBox");

        assertThat(Db.count("SELECT count(*) FROM deliveries WHERE invitation_id = ?::uuid AND channel = 'email'"
                + " AND kind = 'invitation' AND state = 'sent' AND event_id = ?::uuid AND recipient = ?"
                + " AND provider_message_id IS NOT NULL AND attempts = 1",
                invitation.getString("id"), f.eventId, email)).isEqualTo(1);
        assertThat(Db.count("SELECT count(*) FROM deliveries WHERE invitation_id = ?::uuid AND content::text LIKE ?",
                invitation.getString("id"), "%" + token + "%")).isZero();

        // The tracking pixel (on in the test server) marks the mail and the invitation opened.
        Matcher pixel = Pattern.compile("src=\"" + Pattern.quote(Api.baseUrl()) + "(/api/public/mail-opened/[^\"]+)\"")
                .matcher(html);
        assertThat(pixel.find()).isTrue();
        Api.Reply gif = Api.anonymous().get(pixel.group(1));
        assertThat(gif.status()).isEqualTo(200);
        assertThat(gif.contentType()).isEqualTo("image/gif");
        JsonObject opened = ok(SUPER_ADMIN.get("/api/admin/official-invitations/" + invitation.getString("id")))
                .getJsonObject("invitation");
        assertThat(opened.getString("status")).isEqualTo("opened");
        assertThat(opened.getString("openedAt")).isNotBlank();
        assertThat(Db.count("SELECT count(*) FROM deliveries WHERE invitation_id = ?::uuid AND state = 'opened'",
                invitation.getString("id"))).isEqualTo(1);

        // A station posts what it scanned: admitted once, then already used.
        JsonObject admitted = ok(SCANNER.post("/api/check-ins", checkIn(url, "Gate 1", null, null, f.eventId)));
        assertThat(admitted.getString("outcome")).isEqualTo("admitted");
        assertThat(admitted.getInt("seatsAdmitted")).isEqualTo(2);
        assertThat(admitted.getString("firstName")).isEqualTo("<script>alert(1)</script>");
        assertThat(ok(SCANNER.post("/api/check-ins", checkIn(url, "Gate 2", null, null, f.eventId))).getString("outcome"))
                .isEqualTo("already-used");
    }

    @Test
    void aGeneralInvitationHasNoCalendarAndADraftIsSentByResendThenLimited() throws Exception {
        String email = Api.uniqueEmail("press");
        JsonObject draft = created(SUPER_ADMIN.post("/api/admin/official-invitations",
                "{\"recipientName\":\"Noa Press\",\"email\":\"" + email + "\",\"type\":\"press\",\"send\":false}"));
        assertThat(draft.getString("status")).isEqualTo("pending");
        assertThat(draft.containsKey("sentAt")).isFalse();
        assertThat(Db.count("SELECT count(*) FROM deliveries WHERE invitation_id = ?::uuid", draft.getString("id"))).isZero();

        String id = draft.getString("id");
        JsonObject sent = ok(SUPER_ADMIN.post("/api/admin/official-invitations/" + id + "/resend", null));
        assertThat(sent.getString("status")).isEqualTo("sent");
        List<MimeMessage> received = Mailbox.await(email, 1);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).isMimeType("multipart/alternative")).isTrue();

        Api.Reply tooSoon = SUPER_ADMIN.post("/api/admin/official-invitations/" + id + "/resend", null);
        assertThat(tooSoon.status()).isEqualTo(429);
        assertThat(tooSoon.isProblem()).isTrue();
        assertThat(Long.parseLong(tooSoon.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(Db.count("SELECT count(*) FROM deliveries WHERE invitation_id = ?::uuid", id)).isEqualTo(1);

        assertThat(SUPER_ADMIN.delete("/api/admin/official-invitations/" + id).status()).isEqualTo(204);
        assertThat(SUPER_ADMIN.delete("/api/admin/official-invitations/" + id).status()).isEqualTo(204);
        JsonObject revoked = ok(SUPER_ADMIN.get("/api/admin/official-invitations/" + id)).getJsonObject("invitation");
        assertThat(revoked.getString("status")).isEqualTo("revoked");
        assertThat(SUPER_ADMIN.post("/api/admin/official-invitations/" + id + "/resend", null).status()).isEqualTo(409);
    }

    @Test
    void theListFiltersSearchesAndPagesAndTheStatsCount() {
        Fixture f = Fixture.create();
        String marker = "Zed" + System.nanoTime();
        for (String type : new String[] {"vip", "press", "vip"}) {
            created(SUPER_ADMIN.post("/api/admin/official-invitations", "{\"recipientName\":\"" + marker + " " + type
                    + "\",\"email\":\"" + Api.uniqueEmail("list") + "\",\"type\":\"" + type + "\",\"eventId\":\""
                    + f.eventId + "\",\"send\":false}"));
        }
        JsonObject vips = ok(SUPER_ADMIN.get("/api/admin/official-invitations?eventId=" + f.eventId + "&type=vip&q=" + marker));
        assertThat(vips.getInt("total")).isEqualTo(2);
        JsonObject page = ok(SUPER_ADMIN.get("/api/admin/official-invitations?eventId=" + f.eventId
                + "&status=pending&sort=number&limit=2&skip=1"));
        assertThat(page.getInt("total")).isEqualTo(3);
        assertThat(page.getJsonArray("items")).hasSize(2);
        JsonObject none = ok(SUPER_ADMIN.get("/api/admin/official-invitations?eventId=" + f.eventId + "&createdTo=2000-01-01"));
        assertThat(none.getInt("total")).isZero();

        JsonObject stats = ok(SUPER_ADMIN.get("/api/admin/official-invitations/stats"));
        assertThat(stats.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(3);
        assertThat(stats.getJsonNumber("pending").longValue()).isGreaterThanOrEqualTo(3);
        assertThat(stats.keySet()).contains("sent", "opened", "scanned", "pending", "failed", "revoked");
    }
}
