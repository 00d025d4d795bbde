package dev.usher.it.rsvp;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.servers.ArquillianIT;
import dev.usher.it.support.standins.Mailbox;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.usher.it.rsvp.RsvpLinks.guestClient;
import static dev.usher.it.rsvp.RsvpLinks.link;
import static dev.usher.it.rsvp.RsvpLinks.page;
import static dev.usher.it.rsvp.RsvpLinks.reply;
import static dev.usher.it.rsvp.RsvpLinks.token;
import static dev.usher.it.support.clients.JobsApi.awaitEnd;
import static dev.usher.it.support.clients.JobsApi.executionId;
import static dev.usher.it.support.fixtures.Fixture.created;
import static dev.usher.it.support.fixtures.Fixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The e-mails a guest receives, through GreenMail: invitation, reminder and the confirmation of an
 * answer in the event's language and direction, and the confirmation's content (the answer per
 * member, the link to change it, the .ics read back by an RFC 5545 parser), once per answer.
 */
class GuestMailIT extends ArquillianIT {

    private static final Pattern CHANGE_LINK = Pattern.compile("href=\"([^\"]*/rsvp\\.html#[^\"]+)\"");

    private static String guestWithEmail(Fixture f, String email) {
        ok(f.editor.patch(f.events("/guests/" + f.guestId), "{\"email\":\"" + email + "\"}"));
        return f.guestId;
    }

    private static long confirmations(String guestId) {
        return Db.count("SELECT count(*) FROM deliveries WHERE guest_id = ?::uuid AND kind = 'rsvp-confirmation'", guestId);
    }

    private static String html(MimeMessage mail) {
        return Mailbox.text(Mailbox.part(mail, "text/html"));
    }

    @Test
    void aHebrewEventsInvitationReminderAndConfirmationAreHebrewAndRightToLeft() throws Exception {
        Fixture f = Fixture.create();
        ok(f.admin.patch(f.events(""), "{\"language\":\"he\",\"date\":\"2031-09-09\",\"startTime\":\"19:30\","
                + "\"timeZone\":\"Asia/Jerusalem\",\"location\":\"תל אביב\"}"));
        String email = Api.uniqueEmail("hebrew");
        guestWithEmail(f, email);

        ok(f.admin.post(f.events("/invitations"), "{\"guestIds\":[\"" + f.guestId + "\"]}"));
        MimeMessage invitation = Mailbox.await(email, 1).get(0);
        assertThat(invitation.getSubject()).startsWith("ההזמנה שלך לFixture event (INV-");
        assertThat(html(invitation)).contains("<html lang=\"he\" dir=\"rtl\">").contains("הוזמנת!")
                .contains("יום שלישי, 9 בספטמבר 2031 בשעה 19:30").doesNotContain("You're invited");
        assertThat(Mailbox.text(Mailbox.part(invitation, "text/plain"))).contains("נא להגיע בזמן.")
                .doesNotContain("Please arrive");

        JsonObject job = awaitEnd(f.editor, executionId(f.editor.post(f.events("/reminders"), "{\"channel\":\"email\"}")));
        assertThat(job.getString("batchStatus")).as(job.toString()).isEqualTo("COMPLETED");
        MimeMessage reminder = Mailbox.await(email, 2).get(1);
        assertThat(reminder.getSubject()).isEqualTo("תזכורת: האם תגיעו לFixture event?");
        assertThat(html(reminder)).contains("<html lang=\"he\" dir=\"rtl\">").contains("עדיין לא קיבלנו ממך תשובה")
                .contains("כן, אגיע").doesNotContain("We have not heard");

        ok(reply(guestClient(), token(link(f.editor, f, f.guestId)), "{\"attending\":\"yes\"}"));
        MimeMessage confirmation = Mailbox.await(email, 3).get(2);
        assertThat(confirmation.getSubject()).isEqualTo("התשובה שלך לFixture event: כן, אגיע");
        assertThat(html(confirmation)).contains("<html lang=\"he\" dir=\"rtl\">").contains("תודה, התשובה שלך נשמרה")
                .contains("שינוי התשובה").doesNotContain("Thank you");
        assertThat(Mailbox.text(Mailbox.part(confirmation, "text/plain"))).contains("כן, אגיע");
    }

    @Test
    void anEnglishEventsConfirmationSaysTheAnswerPerMemberLinksToThePageAndCarriesTheEventAsIcs() throws Exception {
        Fixture f = Fixture.create();
        ok(f.admin.patch(f.events(""), "{\"date\":\"2031-09-09\",\"startTime\":\"19:30\",\"timeZone\":\"Asia/Jerusalem\","
                + "\"location\":\"Beit Hatfutsot, Tel Aviv; Hall A\",\"rsvpDeadline\":\"2031-09-01T21:00:00Z\"}"));
        String email = Api.uniqueEmail("confirm");
        guestWithEmail(f, email);
        ok(f.editor.put(f.events("/guests/" + f.guestId + "/household"),
                "{\"members\":[{\"name\":\"Noa\"},{\"name\":\"Avi\"}]}"));
        JsonObject link = link(f.editor, f, f.guestId);
        // A household answers per member, by the ids its page lists.
        Api guest = guestClient();
        String members = ok(guest.get(page(token(link)))).getJsonArray("members").getValuesAs(JsonObject.class)
                .stream().map(m -> "{\"id\":\"" + m.getString("id") + "\",\"attending\":\"yes\"}")
                .collect(java.util.stream.Collectors.joining(","));

        ok(reply(guest, token(link), "{\"members\":[" + members + "]}"));
        List<MimeMessage> received = Mailbox.await(email, 1);
        assertThat(received).hasSize(1);
        MimeMessage mail = received.get(0);
        assertThat(mail.getSubject()).isEqualTo("Your answer for Fixture event: Yes, I will attend");
        assertThat(mail.isMimeType("multipart/mixed")).isTrue();
        String html = html(mail);
        assertThat(html).contains("<html lang=\"en\" dir=\"ltr\">").contains("Yes, I will attend")
                .contains("Noa: attending").contains("Avi: attending")
                .contains("Tuesday, 9 September 2031 at 19:30 (Asia/Jerusalem)")
                .contains("until Tuesday, 2 September 2031 at 00:00 (Asia/Jerusalem)");
        Matcher change = CHANGE_LINK.matcher(html);
        assertThat(change.find()).as(html).isTrue();
        String changeUrl = change.group(1);
        assertThat(changeUrl).as("the guest's own RSVP link").isEqualTo(link.getString("url"));
        assertThat(Mailbox.text(Mailbox.part(mail, "text/plain"))).contains(changeUrl).contains("- Avi: attending");
        JsonObject opened = ok(guestClient().get(page(changeUrl.substring(changeUrl.indexOf('#') + 1))));
        assertThat(opened.getString("eventName")).isEqualTo("Fixture event");
        assertThat(opened.getString("answer")).isEqualTo("yes");

        BodyPart ics = Mailbox.part(mail, "text/calendar");
        assertThat(ics).isNotNull();
        assertThat(ics.getFileName()).isEqualTo("event.ics");
        Calendar calendar = new CalendarBuilder().build(new StringReader(Mailbox.text(ics)));
        calendar.validate();
        VEvent event = calendar.getComponent(Component.VEVENT);
        assertThat(event.getStartDate().getDate().toInstant()).isEqualTo(Instant.parse("2031-09-09T16:30:00Z"));
        assertThat(event.getSummary().getValue()).isEqualTo("Fixture event");
        assertThat(event.getLocation().getValue()).isEqualTo("Beit Hatfutsot, Tel Aviv; Hall A");
        assertThat(event.getUid().getValue()).isEqualTo("rsvp-" + f.guestId + "@usher");
        assertThat(event.getDateStamp()).isNotNull();
        assertThat(Db.count("SELECT count(*) FROM deliveries WHERE guest_id = ?::uuid AND kind = 'rsvp-confirmation'"
                + " AND channel = 'email' AND state = 'sent' AND recipient = ?", f.guestId, email)).isEqualTo(1);
    }

    @Test
    void theSameAnswerAgainIsConfirmedOnceAndAChangedAnswerAgainAndADeclineHasNoCalendar() {
        Fixture f = Fixture.create();
        ok(f.admin.patch(f.events(""), "{\"date\":\"2031-09-09\"}"));
        String email = Api.uniqueEmail("twice");
        guestWithEmail(f, email);
        String token = token(link(f.editor, f, f.guestId));
        Api guest = guestClient();

        ok(reply(guest, token, "{\"attending\":\"yes\"}"));
        ok(reply(guest, token, "{\"attending\":\"yes\"}"));
        assertThat(confirmations(f.guestId)).as("the guest was told this answer already").isEqualTo(1);
        assertThat(Mailbox.await(email, 1)).hasSize(1);

        ok(reply(guest, token, "{\"attending\":\"no\"}"));
        assertThat(confirmations(f.guestId)).isEqualTo(2);
        List<MimeMessage> received = Mailbox.await(email, 2);
        assertThat(received).hasSize(2);
        MimeMessage declined = received.get(1);
        assertThat(Mailbox.text(Mailbox.part(declined, "text/plain"))).contains("No, I cannot attend");
        assertThat(Mailbox.part(declined, "text/calendar")).as("no .ics for a guest who does not come").isNull();
        assertThat(Mailbox.part(received.get(0), "text/calendar")).as("an all-day event for a date alone").isNotNull();

        // Contact details alone are no answer; nothing to confirm.
        ok(reply(guest, token, "{\"phone\":\"054-111-2233\"}"));
        assertThat(confirmations(f.guestId)).isEqualTo(2);
    }

    /**
     * A server that stops after the answer commits and before its thread hands the e-mail over
     * leaves the confirmation queued. The record is put in that state here (a kill cannot be timed
     * between the two), with the content the answer wrote; any server's sweep sends it once.
     */
    @Test
    void aConfirmationLeftQueuedByAStoppedServerIsSentLaterOnce() throws InterruptedException {
        Fixture f = Fixture.create();
        ok(f.admin.patch(f.events(""), "{\"date\":\"2031-09-09\"}"));
        String email = Api.uniqueEmail("left-queued");
        guestWithEmail(f, email);
        ok(reply(guestClient(), token(link(f.editor, f, f.guestId)), "{\"attending\":\"yes\"}"));
        assertThat(Mailbox.await(email, 1)).hasSize(1);

        Db.update("""
                INSERT INTO deliveries (id, channel, event_id, guest_id, recipient, kind, content, state, queued_at)
                SELECT gen_random_uuid(), channel, event_id, guest_id, recipient, kind, content, 'queued',
                       now() - interval '10 minutes'
                FROM deliveries WHERE guest_id = ?::uuid AND kind = 'rsvp-confirmation'""", f.guestId);

        List<MimeMessage> received = Mailbox.await(email, 2);
        assertThat(received).hasSize(2);
        assertThat(Mailbox.text(Mailbox.part(received.get(1), "text/plain"))).contains("Yes, I will attend");
        long sentTwo = Db.count("SELECT count(*) FROM deliveries WHERE guest_id = ?::uuid AND kind = 'rsvp-confirmation'"
                + " AND state = 'sent'", f.guestId);
        assertThat(sentTwo).isEqualTo(2);
        // Later beats of every server find nothing left: the guest is not mailed a third time.
        Thread.sleep(3_000);
        assertThat(Mailbox.to(email)).hasSize(2);
    }

    @Test
    void aGuestWithoutAnEmailAddressIsSentNoConfirmation() {
        Fixture f = Fixture.create();
        assertThat(ok(f.viewer.get(f.events("/guests/" + f.guestId))).get("email")).isIn(null, JsonValue.NULL);
        ok(reply(guestClient(), token(link(f.editor, f, f.guestId)), "{\"attending\":\"yes\"}"));
        assertThat(ok(f.viewer.get(f.events("/guests/" + f.guestId))).getString("status")).isEqualTo("confirmed");
        assertThat(confirmations(f.guestId)).isZero();
        assertThat(Db.count("SELECT count(*) FROM deliveries WHERE guest_id = ?::uuid", f.guestId)).isZero();
    }

    @Test
    void anOrganizerRecordingTheAnswerSendsNoConfirmation() {
        Fixture f = Fixture.create();
        String email = Api.uniqueEmail("console");
        guestWithEmail(f, email);
        ok(f.editor.patch(f.events("/guests/" + f.guestId), "{\"status\":\"confirmed\"}"));
        assertThat(confirmations(f.guestId)).isZero();
        created(f.editor.post(f.events("/guests"), "{\"firstName\":\"Other\",\"email\":\"" + Api.uniqueEmail("other")
                + "\",\"status\":\"declined\"}"));
        assertThat(Db.count("SELECT count(*) FROM deliveries WHERE event_id = ?::uuid AND kind = 'rsvp-confirmation'",
                f.eventId)).isZero();
    }
}
