package dev.usher.it.notifications;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.servers.ArquillianIT;
import dev.usher.it.support.servers.ServerConfiguration;
import dev.usher.it.support.standins.Mailbox;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Predicate;

import static dev.usher.it.support.fixtures.Fixture.created;
import static dev.usher.it.support.fixtures.Fixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * RSVP digests through the real server and GreenMail: a member's own choice; an immediate digest
 * gathers the changes of its window into one e-mail and never sends a change twice; a daily one goes
 * at the configured time (set through Liberty's configuration, not waited for); nobody who did not
 * choose one gets one. And a member added by e-mail is told, with a link to the event.
 */
class DigestIT extends ArquillianIT {

    @Test
    void twoChangesInOneWindowAreOneEmailAndALaterChangeIsTheNextOneAlone() throws Exception {
        Fixture f = Fixture.create();
        assertThat(ok(f.editor.put(f.events("/digest"), "{\"mode\":\"immediate\"}")).getString("mode"))
                .isEqualTo("immediate");
        String gil = created(f.admin.post(f.events("/guests"), "{\"firstName\":\"Gil\",\"side\":\"groom\"}"))
                .getString("id");
        ok(f.admin.patch(f.events("/guests/" + f.guestId), "{\"status\":\"confirmed\"}"));
        ok(f.admin.patch(f.events("/guests/" + gil), "{\"status\":\"declined\"}"));

        String first = text(awaitDigests(f.editorEmail, 1).get(0));
        assertThat(occurrences(first, "Noa Levi: attending")).isEqualTo(1);
        assertThat(occurrences(first, "Gil: not attending")).isEqualTo(1);
        assertThat(first).contains(Api.baseUrl() + "/#/events/" + f.eventId + "/activity");

        ok(f.admin.patch(f.events("/guests/" + f.guestId), "{\"status\":\"declined\"}"));
        List<MimeMessage> digests = awaitDigests(f.editorEmail, 2);
        assertThat(digests).hasSize(2);
        String second = text(digests.get(1));
        assertThat(occurrences(second, "Noa Levi:")).isEqualTo(1);
        assertThat(second).contains("Noa Levi: not attending (was attending)").doesNotContain("Gil");
        assertThat(digests.get(1).getSubject()).isEqualTo("RSVP changes for Fixture event (1)");

        assertThat(Db.count("SELECT count(*) FROM deliveries WHERE kind = 'rsvp-digest' AND recipient = ?"
                + " AND state = 'sent'", f.editorEmail)).isEqualTo(2);
        // The admin and the viewer chose nothing: the default is no digest.
        assertThat(digests(f.adminEmail)).isEmpty();
        assertThat(digests(f.viewerEmail)).isEmpty();
    }

    @Test
    void aDailyDigestGoesAtTheConfiguredTimeOfTheEventsZoneWithEveryChangeSinceTheLastOne() throws Exception {
        Fixture f = Fixture.create();
        // Fourteen hours from the server's zone (UTC): read in UTC, the time set below is hours ago.
        ZoneId zone = ZoneId.of("Pacific/Kiritimati");
        ok(f.admin.patch(f.events(""), "{\"timeZone\":\"" + zone.getId() + "\"}"));
        ok(f.viewer.put(f.events("/digest"), "{\"mode\":\"daily\"}"));
        String gil = created(f.admin.post(f.events("/guests"), "{\"firstName\":\"Gil\",\"side\":\"groom\"}"))
                .getString("id");
        ok(f.admin.patch(f.events("/guests/" + f.guestId), "{\"status\":\"confirmed\"}"));
        ok(f.admin.patch(f.events("/guests/" + gil), "{\"status\":\"declined\"}"));

        // Today's daily time is made a moment from now in the event's zone, in Liberty's configuration
        // (it outranks the environment).
        String at = LocalTime.now(zone).plusSeconds(2).truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_LOCAL_TIME);
        Path override = Path.of(System.getProperty("usher.it.serverDir"), "configDropins", "overrides",
                "digest-time-by-test.xml");
        ServerConfiguration.apply(() -> Files.writeString(override,
                "<server><variable name=\"usher.digest.daily-at\" value=\"" + at + "\"/></server>"));
        try {
            List<MimeMessage> digests = awaitDigests(f.viewerEmail, 1);
            assertThat(digests).hasSize(1);
            String text = text(digests.get(0));
            assertThat(occurrences(text, "Noa Levi: attending")).isEqualTo(1);
            assertThat(occurrences(text, "Gil: not attending")).isEqualTo(1);
            assertThat(digests.get(0).getSubject()).isEqualTo("RSVP changes for Fixture event (2)");
        } finally {
            ServerConfiguration.apply(() -> Files.deleteIfExists(override));
        }
        assertThat(digests(f.editorEmail)).isEmpty();
    }

    @Test
    void eachMemberSetsOnlyTheirOwnChoice() {
        Fixture f = Fixture.create();
        assertThat(ok(f.editor.get(f.events("/digest"))).getString("mode")).isEqualTo("off");
        ok(f.editor.put(f.events("/digest"), "{\"mode\":\"daily\"}"));
        ok(f.viewer.put(f.events("/digest"), "{\"mode\":\"immediate\"}"));
        ok(f.admin.put(f.events("/digest"), "{\"mode\":\"off\"}"));
        assertThat(ok(f.editor.get(f.events("/digest"))).getString("mode")).isEqualTo("daily");
        assertThat(ok(f.viewer.get(f.events("/digest"))).getString("mode")).isEqualTo("immediate");
        assertThat(ok(f.admin.get(f.events("/digest"))).getString("mode")).isEqualTo("off");

        for (String body : List.of("{\"mode\":\"weekly\"}", "{}", "{\"mode\":null}")) {
            Api.Reply refused = f.editor.put(f.events("/digest"), body);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
            assertThat(refused.body()).contains("mode");
        }
        assertThat(ok(f.editor.get(f.events("/digest"))).getString("mode")).isEqualTo("daily");
    }

    @Test
    void aMemberAddedByEmailIsToldWithALinkToTheEvent() throws Exception {
        Fixture f = Fixture.create();
        String email = Api.uniqueEmail("new.member");
        created(f.admin.post(f.events("/invite-member"), "{\"email\":\"" + email + "\",\"role\":\"editor\","
                + "\"displayName\":\"Dana <b>\"}"));

        List<MimeMessage> notes = awaitMessages(email, 1, m -> subject(m).startsWith("You were added"));
        assertThat(notes).hasSize(1);
        assertThat(subject(notes.get(0))).isEqualTo("You were added to Fixture event on Usher");
        String link = Api.baseUrl() + "/#/events/" + f.eventId;
        assertThat(text(notes.get(0))).contains("Hello Dana <b>,").contains("as editor").contains(link);
        String html = Mailbox.text(Mailbox.part(notes.get(0), "text/html"));
        assertThat(html).contains("href=\"" + link + "\"").contains("Dana &lt;b&gt;").doesNotContain("Dana <b>");
        assertThat(Db.count("SELECT count(*) FROM deliveries WHERE kind = 'member-invitation' AND recipient = ?"
                + " AND event_id = ?::uuid AND state = 'sent'", email, f.eventId)).isEqualTo(1);

        // An invitation refused (already a member) tells nobody again.
        assertThat(f.admin.post(f.events("/invite-member"), "{\"email\":\"" + email + "\",\"role\":\"viewer\"}")
                .status()).isEqualTo(409);
        created(f.admin.post(f.events("/invite-member"), "{\"email\":\"" + Api.uniqueEmail("later")
                + "\",\"role\":\"viewer\"}"));
        assertThat(Mailbox.to(email)).hasSize(1);
    }

    private static List<MimeMessage> digests(String email) {
        return Mailbox.to(email).stream().filter(m -> subject(m).startsWith("RSVP changes")).toList();
    }

    private static List<MimeMessage> awaitDigests(String email, int count) throws InterruptedException {
        return awaitMessages(email, count, m -> subject(m).startsWith("RSVP changes"));
    }

    /** The messages to {@code email} that match, once there are {@code count} (at most 60 s of waiting). */
    private static List<MimeMessage> awaitMessages(String email, int count, Predicate<MimeMessage> which)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            List<MimeMessage> found = Mailbox.to(email).stream().filter(which).toList();
            if (found.size() >= count || Instant.now().isAfter(deadline)) {
                return found;
            }
            Thread.sleep(100);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage message) {
        return Mailbox.text(Mailbox.part(message, "text/plain"));
    }

    private static int occurrences(String text, String what) {
        return text.split(java.util.regex.Pattern.quote(what), -1).length - 1;
    }
}
