package dev.usher.it.invitations;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.fixtures.Images;
import dev.usher.it.support.servers.ArquillianIT;
import dev.usher.it.support.standins.Mailbox;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static dev.usher.it.support.fixtures.Fixture.created;
import static dev.usher.it.support.fixtures.Fixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event's invitation brand through the API and GreenMail: refused values name their field and
 * change nothing, the brand (name, colour, sender name, inline image) reaches the e-mails, the
 * preview and the test send show the e-mail without making an invitation, and the bulk send's
 * count leaves declined guests out unless asked.
 */
class InvitationBrandIT extends ArquillianIT {

    private static final byte[] PNG = Images.PNG;

    private static Api.Reply putBrand(Fixture f, String json) {
        return f.admin.send("PUT", f.events("/invitation-brand"), json, "application/json");
    }

    private static Api.Reply putImage(Fixture f, byte[] image, String type) {
        return f.admin.sendBytes("PUT", f.events("/invitation-brand/image"), image, Map.of("Content-Type", type));
    }

    private static void refused(Api.Reply reply, int status, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.body()).contains("\"" + field + "\"");
    }

    @Test
    void badBrandValuesAreRefusedNamingTheFieldAndNothingIsWritten() {
        Fixture f = Fixture.create();
        ok(putBrand(f, "{\"displayName\":\"Gala\",\"color\":\"#abcdef\",\"senderName\":\"Gala team\"}"));
        refused(putBrand(f, "{\"color\":\"red\"}"), 422, "color");
        refused(putBrand(f, "{\"color\":\"#12345g\"}"), 422, "color");
        refused(putBrand(f, "{\"color\":\"#123456;background:url(x)\"}"), 422, "color");
        refused(putBrand(f, "{\"senderName\":\"Gala\\r\\nBcc: victim@example.com\"}"), 422, "senderName");
        refused(putBrand(f, "{\"senderName\":\"Gala\\nX\",\"color\":\"#000000\"}"), 422, "senderName");
        refused(putBrand(f, "{\"displayName\":\"" + "x".repeat(81) + "\"}"), 422, "displayName");
        JsonObject unchanged = ok(f.viewer.get(f.events("/invitation-brand")));
        assertThat(unchanged.getString("displayName")).isEqualTo("Gala");
        assertThat(unchanged.getString("color")).isEqualTo("#ABCDEF");
        assertThat(unchanged.getString("senderName")).isEqualTo("Gala team");

        byte[] oversized = Arrays.copyOf(PNG, 256 * 1024 + 1);
        refused(putImage(f, oversized, "image/png"), 422, "image");
        refused(putImage(f, "<svg onload=alert(1)>".getBytes(), "image/png"), 422, "image");
        refused(putImage(f, new byte[0], "image/png"), 422, "image");
        refused(putImage(f, PNG, "image/jpeg"), 422, "image");
        Api.Reply svg = f.admin.sendBytes("PUT", f.events("/invitation-brand/image"), "<svg/>".getBytes(),
                Map.of("Content-Type", "image/svg+xml"));
        assertThat(svg.status()).isEqualTo(415);
        assertThat(ok(f.viewer.get(f.events("/invitation-brand"))).getInt("imageBytes")).isZero();
        assertThat(f.viewer.get(f.events("/invitation-brand/image")).status()).isEqualTo(404);

        JsonObject withImage = ok(putImage(f, PNG, "image/png"));
        assertThat(withImage.getString("imageType")).isEqualTo("image/png");
        assertThat(withImage.getInt("imageBytes")).isEqualTo(PNG.length);
        assertThat(f.viewer.bytes(f.events("/invitation-brand/image"))).isEqualTo(PNG);
        assertThat(ok(f.admin.delete(f.events("/invitation-brand/image"))).getInt("imageBytes")).isZero();
    }

    @Test
    void theBrandReachesTheInvitationEmailWithTheImageInline() throws Exception {
        Fixture f = Fixture.create();
        ok(putBrand(f, "{\"displayName\":\"Noa & Dan\",\"color\":\"#1f6feb\",\"senderName\":\"Noa and Dan (wedding)\"}"));
        ok(putImage(f, PNG, "image/png"));
        String email = Api.uniqueEmail("branded");
        String guestId = created(f.admin.post(f.events("/guests"),
                "{\"firstName\":\"Dana\",\"email\":\"" + email + "\"}")).getString("id");
        assertThat(ok(f.admin.post(f.events("/invitations"), "{\"guestIds\":[\"" + guestId + "\"]}")).getInt("sent"))
                .isEqualTo(1);

        MimeMessage mail = Mailbox.await(email, 1).get(0);
        InternetAddress from = (InternetAddress) mail.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("invitations@usher.test");
        assertThat(from.getPersonal()).isEqualTo("Noa and Dan (wedding)");
        String html = Mailbox.text(Mailbox.part(mail, "text/html"));
        assertThat(html).contains("Noa &amp; Dan").contains("#1F6FEB").contains("src=\"cid:event-brand-image\"");
        BodyPart image = inline(mail, "<event-brand-image>");
        assertThat(image).isNotNull();
        assertThat(Mailbox.bytes(image)).isEqualTo(PNG);

        // Another event keeps the server's brand.
        Fixture other = Fixture.create();
        String otherEmail = Api.uniqueEmail("plain");
        String otherGuest = created(other.admin.post(other.events("/guests"),
                "{\"firstName\":\"Plain\",\"email\":\"" + otherEmail + "\"}")).getString("id");
        ok(other.admin.post(other.events("/invitations"), "{\"guestIds\":[\"" + otherGuest + "\"]}"));
        MimeMessage plain = Mailbox.await(otherEmail, 1).get(0);
        assertThat(((InternetAddress) plain.getFrom()[0]).getPersonal()).isEqualTo("Usher Test");
        assertThat(Mailbox.text(Mailbox.part(plain, "text/html"))).contains(Mailbox.BRAND_COLOUR)
                .doesNotContain("event-brand-image");
    }

    @Test
    void thePreviewAndTheTestSendShowTheEmailWithoutInvitingAnyone() throws Exception {
        Fixture f = Fixture.create();
        ok(putBrand(f, "{\"displayName\":\"Preview gala\",\"color\":\"#224466\"}"));
        ok(putImage(f, PNG, "image/png"));
        String email = Api.uniqueEmail("previewed");
        String guestId = created(f.admin.post(f.events("/guests"),
                "{\"firstName\":\"Avi\",\"lastName\":\"Cohen\",\"email\":\"" + email + "\"}")).getString("id");

        Api.Reply preview = f.admin.post(f.events("/invitation-mail/preview"),
                "{\"guestId\":\"" + guestId + "\",\"customMessage\":\"Dress code: white\"}");
        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(preview.contentType()).startsWith("text/html");
        assertThat(preview.body()).contains("Avi Cohen").contains("Dress code: white").contains("Preview gala")
                .contains("#224466").contains("src=\"data:image/png;base64,").doesNotContain("cid:")
                .doesNotContain("mail-opened");
        Api.Reply sample = f.admin.post(f.events("/invitation-mail/preview"), "{}");
        assertThat(sample.body()).contains("Sample Guest");
        assertThat(f.editor.post(f.events("/invitation-mail/preview"), "{}").status()).isEqualTo(403);
        assertThat(f.outsider.post(f.events("/invitation-mail/preview"), "{}").status()).isEqualTo(404);

        JsonObject test = ok(f.admin.post(f.events("/invitation-mail/test"), "{\"guestId\":\"" + guestId + "\"}"));
        assertThat(test.getBoolean("sent")).isTrue();
        assertThat(test.getString("to")).isEqualToIgnoringCase(f.adminEmail);
        MimeMessage mine = Mailbox.await(f.adminEmail, 1).get(0);
        assertThat(mine.getSubject()).startsWith("[Test] Your invitation to Fixture event");
        assertThat(Mailbox.text(Mailbox.part(mine, "text/html"))).contains("Avi Cohen").contains("Preview gala");
        assertThat(Mailbox.to(email)).isEmpty();
        // Never the guest's invitation: no invitation, a ledger record with no guest.
        assertThat(ok(f.admin.get(f.events("/invitations"))).getInt("total")).isZero();
        assertThat(Db.count("SELECT count(*) FROM deliveries WHERE event_id = ?::uuid AND kind = 'invitation-test'"
                + " AND guest_id IS NULL AND invitation_id IS NULL AND state = 'sent'", f.eventId)).isEqualTo(1);

        // Limited per member: within two database minutes at most 2 x 3 go out, then 429.
        int accepted = 1;
        Api.Reply last = null;
        for (int i = 0; i < 7; i++) {
            last = f.admin.post(f.events("/invitation-mail/test"), "{}");
            if (last.status() != 200) {
                break;
            }
            accepted++;
        }
        assertThat(last.status()).as(last.toString()).isEqualTo(429);
        assertThat(last.header("Retry-After")).isNotBlank();
        assertThat(Mailbox.await(f.adminEmail, accepted)).hasSize(accepted);
    }

    @Test
    void theBulkSendCountLeavesDeclinedGuestsOutUnlessAsked() {
        Fixture f = Fixture.create();
        String invited = Api.uniqueEmail("count-invited");
        String confirmed = Api.uniqueEmail("count-confirmed");
        String declined = Api.uniqueEmail("count-declined");
        created(f.admin.post(f.events("/guests"), "{\"firstName\":\"A\",\"email\":\"" + invited + "\"}"));
        created(f.admin.post(f.events("/guests"), "{\"firstName\":\"B\",\"status\":\"confirmed\",\"email\":\""
                + confirmed + "\"}"));
        created(f.admin.post(f.events("/guests"), "{\"firstName\":\"C\",\"status\":\"declined\",\"email\":\""
                + declined + "\"}"));
        // With the fixture's own guest (no e-mail): four named.
        JsonObject count = ok(f.admin.post(f.events("/invitations/count"), "{\"filter\":{}}"));
        assertThat(count.getInt("named")).isEqualTo(4);
        assertThat(count.getInt("declinedLeftOut")).isEqualTo(1);
        assertThat(count.getInt("noEmail")).isEqualTo(1);
        assertThat(count.getInt("alreadyInvited")).isZero();
        assertThat(count.getInt("willReceive")).isEqualTo(2);
        JsonObject all = ok(f.admin.post(f.events("/invitations/count"), "{\"filter\":{},\"includeDeclined\":true}"));
        assertThat(all.getInt("declinedLeftOut")).isZero();
        assertThat(all.getInt("willReceive")).isEqualTo(3);
        assertThat(f.editor.post(f.events("/invitations/count"), "{\"filter\":{}}").status()).isEqualTo(403);

        JsonObject report = ok(f.admin.post(f.events("/invitations"), "{\"filter\":{}}"));
        assertThat(report.getInt("sent")).isEqualTo(2);
        assertThat(Mailbox.await(invited, 1)).hasSize(1);
        assertThat(Mailbox.await(confirmed, 1)).hasSize(1);
        assertThat(Mailbox.to(declined)).isEmpty();
        JsonObject after = ok(f.admin.post(f.events("/invitations/count"), "{\"filter\":{}}"));
        assertThat(after.getInt("alreadyInvited")).isEqualTo(2);
        assertThat(after.getInt("willReceive")).isZero();
    }

    /** The inline part with this Content-ID, depth first. */
    private static BodyPart inline(Part root, String contentId) throws Exception {
        if (root.isMimeType("multipart/*")) {
            MimeMultipart multipart = (MimeMultipart) root.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String[] ids = child.getHeader("Content-ID");
                if (ids != null && List.of(ids).contains(contentId)) {
                    return child;
                }
                BodyPart deeper = inline(child, contentId);
                if (deeper != null) {
                    return deeper;
                }
            }
        }
        return null;
    }
}
