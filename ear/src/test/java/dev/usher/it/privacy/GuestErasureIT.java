package dev.usher.it.privacy;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.fixtures.Invites;
import dev.usher.it.support.fixtures.WhatsAppCalls;
import dev.usher.it.support.servers.ArquillianIT;
import dev.usher.it.support.standins.Mailbox;
import dev.usher.it.support.standins.WebhookReceiver;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static dev.usher.it.support.clients.JobsApi.awaitEnd;
import static dev.usher.it.support.clients.JobsApi.executionId;
import static dev.usher.it.support.fixtures.Fixture.created;
import static dev.usher.it.support.fixtures.Fixture.ok;
import static dev.usher.it.support.fixtures.Invites.SCANNER;
import static dev.usher.it.support.fixtures.Invites.SUPER_ADMIN;
import static dev.usher.it.support.fixtures.Invites.checkIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A guest erased on request (issue 15): after it no table holds the guest's name, address or
 * number, the event keeps its counts, the codes admit no one, and the export finds nothing.
 * Everything is made through the real API (an e-mailed invitation, an official one to the same
 * address, a webhook payload, an import file) before the erasure.
 */
class GuestErasureIT extends ArquillianIT {

    /** A last name no other test uses, so that a search of every table for it is exact. */
    private static String uniqueName() {
        return "Erasable" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    @Test
    void anErasedGuestLeavesTheCountsButNoNameAddressOrNumberAnywhere() throws Exception {
        Fixture f = Fixture.create();
        String lastName = uniqueName();
        String email = Api.uniqueEmail("erase");
        String phone = WhatsAppCalls.uniquePhone();
        String guestId = created(f.admin.post(f.events("/guests"), "{\"firstName\":\"Yael\",\"lastName\":\"" + lastName
                + "\",\"email\":\"" + email + "\",\"phone\":\"" + phone + "\",\"side\":\"bride\"}")).getString("id");
        ok(f.admin.put(f.events("/guests/" + guestId + "/door-note"), "{\"doorNote\":\"" + lastName + " uses a wheelchair\"}"));

        // An e-mailed invitation of the guest, and an official one typed to the same address.
        ok(f.admin.post(f.events("/invitations"), "{\"guestIds\":[\"" + guestId + "\"]}"));
        Mailbox.await(email, 1);
        String official = created(SUPER_ADMIN.post("/api/admin/official-invitations", "{\"recipientName\":\"Yael "
                + lastName + "\",\"email\":\"" + email + "\",\"eventId\":\"" + f.eventId + "\",\"send\":false}"))
                .getString("id");
        String kept = created(SUPER_ADMIN.post("/api/admin/official-invitations", "{\"recipientName\":\"Someone Else\","
                + "\"email\":\"" + Api.uniqueEmail("kept") + "\",\"eventId\":\"" + f.eventId + "\",\"send\":false}"))
                .getString("id");
        // The invitation e-mail previewed for the guest: a page of its own that names them for minutes.
        assertThat(f.admin.post(f.events("/invitation-mail/preview"), "{\"guestId\":\"" + guestId + "\"}").status())
                .isEqualTo(200);
        assertThat(Db.count("SELECT count(*) FROM mail_previews WHERE html LIKE '%' || ? || '%'", lastName)).isEqualTo(1);
        long deliveriesBefore = Db.count("SELECT count(*) FROM deliveries WHERE event_id = ?::uuid", f.eventId);
        assertThat(deliveriesBefore).isPositive();

        // A webhook payload naming the guest, queued in the change's transaction.
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            receiver.answer(500, 500, 500, 500, 500, 500, 500, 500, 500, 500); // keep it queued, not delivered
            created(f.admin.post(f.events("/webhooks"), "{\"url\":\"" + receiver.url()
                    + "\",\"eventTypes\":[\"guest.rsvp_changed\"]}"));
            ok(f.editor.patch(f.events("/guests/" + guestId), "{\"status\":\"confirmed\"}"));
            assertThat(Db.count("SELECT count(*) FROM webhook_deliveries WHERE event_id = ?::uuid AND payload LIKE ?",
                    f.eventId, "%" + lastName + "%")).isEqualTo(1);

            // An import whose file holds the guest's row (a duplicate, so skipped: the file is kept all the same).
            String csv = "First name,Last name,Phone,E-mail\r\nYael," + lastName + "," + phone + "," + email + "\r\n";
            awaitEnd(f.editor, executionId(f.editor.postFile(f.events("/guests/import-file"), Map.of(), "guests.csv",
                    csv.getBytes(StandardCharsets.UTF_8))));
            assertThat(Db.count("SELECT count(*) FROM import_files WHERE event_id = ?::uuid", f.eventId)).isEqualTo(1);

            JsonObject report = ok(f.admin.post(f.events("/guests/" + guestId + "/erasure"), null));
            assertThat(report.getString("guestId")).isEqualTo(guestId);
            assertThat(report.getInt("invitations")).as("the guest's and the official one to the address").isEqualTo(2);
            assertThat(report.getInt("deliveries")).isPositive();
            assertThat(report.getInt("webhookDeliveries")).isEqualTo(1);
            assertThat(report.getInt("importFiles")).isEqualTo(1);
            assertThat(report.getInt("auditEntries")).as("created, door note, status, two invitations")
                    .isGreaterThanOrEqualTo(5);
        }

        assertThat(f.admin.get(f.events("/guests/" + guestId)).status()).isEqualTo(404);
        // Nothing left that names the guest, in any table that held them.
        assertThat(Db.count("SELECT count(*) FROM guests WHERE id = ?::uuid OR email = ? OR phone = ? OR last_name = ?",
                guestId, email, phone, lastName)).isZero();
        assertThat(Db.count("SELECT count(*) FROM invitations WHERE guest_id = ?::uuid OR email = ? OR phone = ?"
                + " OR recipient_name LIKE '%' || ? || '%'", guestId, email, phone, lastName)).isZero();
        assertThat(Db.count("SELECT count(*) FROM deliveries WHERE guest_id = ?::uuid OR lower(recipient) = ?"
                + " OR recipient = ? OR content::text LIKE '%' || ? || '%'", guestId, email, phone, lastName)).isZero();
        assertThat(Db.count("SELECT count(*) FROM webhook_deliveries WHERE payload LIKE '%' || ? || '%'", lastName))
                .isZero();
        assertThat(Db.count("SELECT count(*) FROM webhook_deliveries WHERE event_id = ?::uuid"
                + " AND payload LIKE '%' || ? || '%'", f.eventId, guestId)).as("the ids stay").isEqualTo(1);
        assertThat(Db.count("SELECT count(*) FROM guest_status_changes WHERE guest_id = ?::uuid", guestId)).isZero();
        assertThat(Db.count("SELECT count(*) FROM rsvp_links WHERE guest_id = ?::uuid", guestId)).isZero();
        assertThat(Db.count("SELECT count(*) FROM mail_previews WHERE html LIKE '%' || ? || '%'", lastName)).isZero();
        // The trail keeps who did what to the guest and when, not what the fields held; the erasure is on it.
        assertThat(Db.count("SELECT count(*) FROM audit_entries WHERE event_id = ?::uuid AND changes::text LIKE '%' || ? || '%'",
                f.eventId, lastName)).isZero();
        assertThat(Db.count("SELECT count(*) FROM audit_entries WHERE subject_id = ?::uuid AND action = 'guest.created'"
                + " AND changes = '{\"erased\": true}'::jsonb", guestId)).isEqualTo(1);
        JsonObject erased = f.admin.get(f.events("/audit?action=guest.erased")).object().getJsonArray("items")
                .getJsonObject(0);
        assertThat(erased.getString("subjectId")).isEqualTo(guestId);
        assertThat(erased.getString("actorEmail")).isEqualTo(f.adminEmail);
        assertThat(erased.toString()).doesNotContain(lastName).doesNotContain(email);
        assertThat(Db.count("SELECT count(*) FROM import_files WHERE event_id = ?::uuid", f.eventId)).isZero();

        // The event keeps its counts: the invitations and the ledger rows are there, nameless; the codes admit no one.
        assertThat(Db.count("SELECT count(*) FROM deliveries WHERE event_id = ?::uuid", f.eventId)).isEqualTo(deliveriesBefore);
        assertThat(Db.count("SELECT count(*) FROM invitations WHERE event_id = ?::uuid AND recipient_name = 'Erased guest'"
                + " AND status = 'revoked' AND phone IS NULL AND email LIKE 'erased-%@erased.invalid'", f.eventId)).isEqualTo(2);
        assertThat(ok(SCANNER.post("/api/check-ins", checkIn(Invites.token(official), "Gate", null, null, f.eventId)))
                .getString("outcome")).isEqualTo("revoked");
        assertThat(Db.count("SELECT count(*) FROM invitations WHERE id = ?::uuid AND recipient_name = 'Someone Else'"
                + " AND status = 'pending'", kept)).as("another recipient's invitation is untouched").isEqualTo(1);
        assertThat(Db.count("SELECT count(*) FROM guests WHERE id = ?::uuid", f.guestId)).as("other guests stay").isEqualTo(1);

        JsonObject export = ok(SUPER_ADMIN.get("/api/admin/personal-data?email=" + email));
        assertThat(export.getJsonArray("guests")).isEmpty();
        assertThat(export.getJsonArray("invitations")).isEmpty();
        assertThat(export.getJsonArray("deliveries")).isEmpty();
    }

    @Test
    void anErasureIsRefusedWhileAnImportRunsAndThenChangesNothing() {
        Fixture f = Fixture.create();
        long instance = -ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
        // A running import of the event, as job_runs records one (the job itself is not needed to hold the rule).
        Db.update("INSERT INTO job_runs (instance_id, job_name, event_id, latest_execution_id, batch_status)"
                + " VALUES (?, 'guest-import', ?::uuid, ?, 'STARTED')", instance, f.eventId, instance);
        try {
            Api.Reply refused = f.admin.post(f.events("/guests/" + f.guestId + "/erasure"), null);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.object().getString("detail")).contains("import");
            assertThat(Db.count("SELECT count(*) FROM guests WHERE id = ?::uuid", f.guestId)).isEqualTo(1);
        } finally {
            Db.update("DELETE FROM job_runs WHERE instance_id = ?", instance);
        }
        assertThat(ok(f.admin.post(f.events("/guests/" + f.guestId + "/erasure"), null)).getInt("importFiles")).isZero();
        assertThat(Db.count("SELECT count(*) FROM guests WHERE id = ?::uuid", f.guestId)).isZero();
    }

    @Test
    void anotherEventsGuestIsNotFoundAndAnEditorMayNotErase() {
        Fixture f = Fixture.create();
        Fixture other = Fixture.create();
        Api.Reply foreign = other.admin.post(other.events("/guests/" + f.guestId + "/erasure"), null);
        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(404);
        Api.Reply editor = f.editor.post(f.events("/guests/" + f.guestId + "/erasure"), null);
        assertThat(editor.status()).as(editor.toString()).isEqualTo(403);
        assertThat(Db.count("SELECT count(*) FROM guests WHERE id = ?::uuid", f.guestId)).isEqualTo(1);
    }
}
