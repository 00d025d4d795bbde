package dev.usher.it.rsvp;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.fixtures.WhatsAppCalls;
import dev.usher.it.support.servers.ArquillianIT;
import dev.usher.it.support.servers.TestEnvironment;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.usher.it.rsvp.RsvpLinks.guestClient;
import static dev.usher.it.rsvp.RsvpLinks.link;
import static dev.usher.it.rsvp.RsvpLinks.page;
import static dev.usher.it.rsvp.RsvpLinks.reply;
import static dev.usher.it.rsvp.RsvpLinks.token;
import static dev.usher.it.support.fixtures.Fixture.created;
import static dev.usher.it.support.fixtures.Fixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** The public RSVP API through a guest's personal link, and the organizer's link operations. */
class RsvpApiIT extends ArquillianIT {

    @Test
    void aGuestReadsTheirPageAnswersAndChangesItAndTheOrganizerSeesEachAnswerAtOnce() throws IOException {
        Fixture f = Fixture.create();
        ok(f.admin.patch(f.events(""), "{\"date\":\"2031-09-09\",\"startTime\":\"19:30\",\"timeZone\":\"Asia/Jerusalem\","
                + "\"location\":\"Beit Hatfutsot, Tel Aviv\",\"rsvpMessage\":\"Dress code: white\",\"rsvpAllowsMaybe\":true,"
                + "\"language\":\"he\",\"rsvpDeadline\":\"2031-09-01T21:00:00Z\"}"));
        JsonObject link = link(f.editor, f, f.guestId);
        assertThat(link.getString("url")).startsWith(Api.baseUrl() + "/rsvp.html#");
        assertThat(link.getString("yesUrl")).startsWith(Api.baseUrl() + "/rsvp.html?answer=yes#");
        assertThat(link.getString("noUrl")).startsWith(Api.baseUrl() + "/rsvp.html?answer=no#");
        String token = token(link);
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(link(f.admin, f, f.guestId).getString("url")).as("the same link, not a new one").isEqualTo(link.getString("url"));
        assertThat(Db.count("SELECT count(*) FROM rsvp_links WHERE guest_id = ?::uuid", f.guestId)).isEqualTo(1);
        assertThat(Db.count("SELECT count(*) FROM rsvp_links WHERE token_hash = sha256(convert_to(?, 'UTF8'))", token))
                .as("the link is found by the token's SHA-256, the only form of it stored").isEqualTo(1);

        Api guest = guestClient();
        JsonObject page = ok(guest.get(page(token)));
        assertThat(page.getString("eventName")).isEqualTo("Fixture event");
        assertThat(page.getString("date")).isEqualTo("2031-09-09");
        assertThat(page.getString("startTime")).startsWith("19:30");
        assertThat(page.getString("timeZone")).isEqualTo("Asia/Jerusalem");
        assertThat(page.getString("venue")).isEqualTo("Beit Hatfutsot, Tel Aviv");
        assertThat(page.getString("mapUrl")).isEqualTo("https://www.openstreetmap.org/search?query=Beit+Hatfutsot%2C+Tel+Aviv");
        assertThat(page.getString("message")).isEqualTo("Dress code: white");
        assertThat(page.getBoolean("open")).isTrue();
        assertThat(page.getJsonArray("choices").getValuesAs(jakarta.json.JsonString::getString)).containsExactly("yes", "no", "maybe");
        assertThat(page.getString("language")).isEqualTo("he");
        assertThat(page.getString("direction")).isEqualTo("rtl");
        assertThat(page.getString("firstName")).isEqualTo("Noa");
        assertThat(page.getString("phone")).isEqualTo("+972547654321");
        assertThat(page.get("answer")).isIn(null, jakarta.json.JsonValue.NULL);
        assertThat(page.keySet()).doesNotContain("id", "guestId", "eventId", "token", "notes", "side", "doorNote");
        assertThat(page.getInt("partySize")).isEqualTo(1);
        assertThat(page.getJsonArray("members")).as("a guest without members answers for the party").isEmpty();

        assertThat(ok(reply(guest, token, "{\"attending\":\"yes\"}")).getString("answer")).isEqualTo("yes");
        assertThat(ok(f.viewer.get(f.events("/guests/" + f.guestId))).getString("status")).isEqualTo("confirmed");
        assertThat(ok(f.viewer.get(f.events("/guests?status=confirmed"))).toString()).contains(f.guestId);
        assertThat(ok(f.viewer.get(f.events("/stats"))).toString()).contains("\"confirmed\":1");

        assertThat(ok(reply(guest, token, "{\"attending\":\"no\"}")).getString("answer")).isEqualTo("no");
        assertThat(ok(f.viewer.get(f.events("/guests/" + f.guestId))).getString("status")).isEqualTo("declined");
        assertThat(ok(reply(guest, token, "{\"attending\":\"maybe\"}")).getString("answer")).isEqualTo("maybe");
        assertThat(ok(f.viewer.get(f.events("/guests/" + f.guestId))).getString("status")).isEqualTo("invited");
        assertThat(ok(guest.get(page(token))).getString("answer")).isEqualTo("maybe");

        assertThat(Db.count("SELECT count(*) FROM guest_status_changes WHERE guest_id = ?::uuid AND source = 'web'",
                f.guestId)).isEqualTo(3);
        assertThat(Db.count("SELECT count(*) FROM guest_status_changes WHERE guest_id = ?::uuid AND source = 'web'"
                + " AND from_status = 'declined' AND to_status = 'invited' AND evidence = 'maybe'", f.guestId))
                .isEqualTo(1);

        Path log = Path.of(System.getProperty("usher.it.serverDir"), "logs", "messages.log");
        assertThat(Files.readString(log)).doesNotContain(token);
    }

    @Test
    void aHouseholdAnswersPerMemberNamesItsPlusOneAndAnswersTheQuestionsAndTheOrganizerSeesItAtOnce() {
        RsvpHousehold h = RsvpHousehold.create("{\"rsvpAllowsMaybe\":true}");
        Api guest = guestClient();

        JsonObject page = ok(guest.get(page(h.token())));
        assertThat(page.getInt("plusOnesAllowed")).isEqualTo(1);
        assertThat(page.getInt("partySize")).isEqualTo(3);
        List<JsonObject> members = page.getJsonArray("members").getValuesAs(JsonObject.class);
        assertThat(members).extracting(m -> m.getString("name")).containsExactly("Noa", "Avi");
        assertThat(members).extracting(m -> m.getString("id")).containsExactly(h.noa(), h.avi());
        assertThat(members).allSatisfy(m -> {
            assertThat(m.keySet()).isSubsetOf("id", "name", "plusOne", "attending", "answers");
            assertThat(m.get("attending")).isIn(null, jakarta.json.JsonValue.NULL);
        });
        List<JsonObject> questions = page.getJsonArray("questions").getValuesAs(JsonObject.class);
        assertThat(questions).extracting(q -> q.getString("id")).containsExactly(h.meal(), h.dietary(), h.song());
        assertThat(questions.get(0).getJsonArray("options").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("Fish", "Meat", "Vegan");
        assertThat(questions.get(0).getBoolean("required")).isTrue();
        assertThat(questions.get(2).getString("scope")).isEqualTo("household");
        assertThat(questions.get(2).getInt("maxLength")).isEqualTo(500);
        assertThat(questions).allSatisfy(q -> assertThat(q.keySet()).doesNotContain("eventId", "position"));

        JsonObject answered = ok(reply(guest, h.token(), h.valid()));
        assertThat(answered.getString("answer")).isEqualTo("yes");
        List<JsonObject> now = answered.getJsonArray("members").getValuesAs(JsonObject.class);
        assertThat(now).extracting(m -> m.getString("name")).containsExactly("Noa", "Avi", "Ron");
        assertThat(now).extracting(m -> m.getString("attending")).containsExactly("yes", "no", "yes");
        assertThat(now.get(2).getBoolean("plusOne")).isTrue();

        JsonObject organizer = h.organizersView();
        assertThat(organizer.getString("status")).isEqualTo("confirmed");
        assertThat(organizer.getInt("attendingCount")).isEqualTo(2);
        assertThat(organizer.getInt("partySize")).isEqualTo(3);
        JsonObject noa = organizer.getJsonArray("members").getJsonObject(0);
        assertThat(noa.getJsonObject("answers").getString(h.meal())).isEqualTo("Fish");
        assertThat(noa.getJsonObject("answers").getJsonArray(h.dietary()).getString(0)).isEqualTo("Kosher");
        assertThat(organizer.getJsonArray("members").getJsonObject(2).getJsonObject("answers").getString(h.meal()))
                .isEqualTo("Meat");
        assertThat(organizer.getJsonObject("answers").getString(h.song())).isEqualTo("Hey Jude");
        assertThat(ok(h.f().viewer.get(h.f().events("/stats"))).toString()).contains("\"Fish\":1").contains("\"Meat\":1");
        assertThat(Db.count("SELECT count(*) FROM guest_status_changes WHERE guest_id = ?::uuid AND source = 'web'"
                + " AND to_status = 'confirmed' AND evidence = '2 of 3 attending'", h.f().guestId)).isEqualTo(1);

        JsonObject back = ok(guest.get(page(h.token())));
        assertThat(back.getJsonArray("members").getJsonObject(0).getJsonObject("answers").getString(h.meal()))
                .as("the answers so far, for the page to fill in").isEqualTo("Fish");
        assertThat(back.getJsonObject("answers").getString(h.song())).isEqualTo("Hey Jude");

        // Maybe decides for nobody: no one counts as coming, the plus-one left out is gone.
        JsonObject maybe = ok(reply(guest, h.token(), "{\"members\":[{\"id\":\"" + h.noa() + "\",\"attending\":\"maybe\"},"
                + "{\"id\":\"" + h.avi() + "\",\"attending\":\"no\"}]}"));
        assertThat(maybe.getString("answer")).isEqualTo("maybe");
        assertThat(maybe.getJsonArray("members").getValuesAs(JsonObject.class)).extracting(m -> m.getString("attending"))
                .containsExactly("maybe", "no");
        JsonObject undecided = h.organizersView();
        assertThat(undecided.getString("status")).isEqualTo("invited");
        assertThat(undecided.getInt("attendingCount")).isZero();
        assertThat(undecided.getJsonArray("members").getJsonObject(0).getString("attending")).isEqualTo("maybe");
        assertThat(Db.count("SELECT count(*) FROM guest_status_changes WHERE guest_id = ?::uuid AND source = 'web'"
                + " AND from_status = 'confirmed' AND to_status = 'invited'", h.f().guestId)).isEqualTo(1);
    }

    @Test
    void theOpenApiDocumentDescribesTheHouseholdsPageAndReplyForGeneratedClients() {
        JsonObject schemas = Api.anonymous().get("/openapi?format=JSON").object().getJsonObject("components")
                .getJsonObject("schemas");
        assertThat(schemas.getJsonObject("RsvpReply").getJsonObject("properties").keySet())
                .containsExactlyInAnyOrder("attending", "members", "plusOnes", "answers", "phone", "email");
        assertThat(schemas.getJsonObject("RsvpMemberReply").getJsonObject("properties").keySet())
                .containsExactlyInAnyOrder("id", "attending", "answers");
        assertThat(schemas.getJsonObject("RsvpPlusOneReply").getJsonObject("properties").keySet())
                .containsExactlyInAnyOrder("name", "answers");
        assertThat(schemas.getJsonObject("RsvpPage").getJsonObject("properties").keySet())
                .contains("choices", "partySize", "plusOnesAllowed", "members", "questions", "answers");
        assertThat(schemas.getJsonObject("RsvpMember").getJsonObject("properties").keySet())
                .containsExactlyInAnyOrder("id", "name", "plusOne", "attending", "answers");
        assertThat(schemas.getJsonObject("RsvpQuestion").getJsonObject("properties").keySet())
                .containsExactlyInAnyOrder("id", "kind", "scope", "label", "required", "options", "maxLength");
        assertThat(schemas.getJsonObject("RsvpChoice").getJsonArray("enum").toString()).isEqualTo("[\"yes\",\"no\",\"maybe\"]");
    }

    @Test
    void aBadHouseholdReplyIsRefusedNamingEachFieldAndNothingIsWrittenAndAfterTheDeadlineItIsClosed() {
        RsvpHousehold h = RsvpHousehold.create("{\"rsvpAllowsMaybe\":false}");
        Api guest = guestClient();
        ok(reply(guest, h.token(), h.valid()));
        JsonObject before = h.organizersView();
        long changes = Db.count("SELECT count(*) FROM guest_status_changes WHERE guest_id = ?::uuid", h.f().guestId);
        String noMeal = "{\"" + h.dietary() + "\":[\"Kosher\"]}";
        String meal = "members[0].answers." + h.meal();

        assertOnly(reply(guest, h.token(), h.reply("{\"" + h.meal() + "\":\"Lobster\"}", "[]")), meal);
        assertOnly(reply(guest, h.token(), h.reply(noMeal, "[]")), meal);
        assertOnly(reply(guest, h.token(), h.reply(noMeal, "[{\"name\":\"Ron\"}]")), meal, "plusOnes[0].answers." + h.meal());
        assertOnly(reply(guest, h.token(), h.valid().replace("Hey Jude", "x".repeat(501))), "answers." + h.song());
        assertOnly(reply(guest, h.token(), h.valid().replace(h.avi(), java.util.UUID.randomUUID().toString())),
                "members[1].id");
        assertOnly(reply(guest, h.token(), h.valid().replace("\"attending\":\"no\"", "\"attending\":\"maybe\"")),
                "members[1].attending");
        assertOnly(reply(guest, h.token(), h.valid().replace(",\"attending\":\"no\"", "")), "members[1].attending");
        assertOnly(reply(guest, h.token(), h.valid().replace("}}]", "}},{\"name\":\"Dan\"}]")),
                "plusOnes");
        String notAQuestion = java.util.UUID.randomUUID().toString();
        assertOnly(reply(guest, h.token(), h.valid().replace(h.dietary(), notAQuestion)
                        .replace("{\"members\"", "{\"phone\":\"12\",\"attending\":\"yes\",\"members\"")),
                "phone", "attending", "members[0].answers." + notAQuestion);
        JsonObject after = h.organizersView();
        assertThat(after.getJsonArray("members")).as("nothing half-written").isEqualTo(before.getJsonArray("members"));
        assertThat(after.getJsonObject("answers")).isEqualTo(before.getJsonObject("answers"));
        assertThat(after.getString("phone")).isEqualTo(before.getString("phone"));
        assertThat(after.getString("status")).isEqualTo("confirmed");
        assertThat(Db.count("SELECT count(*) FROM guest_status_changes WHERE guest_id = ?::uuid", h.f().guestId))
                .isEqualTo(changes);

        ok(h.f().admin.patch(h.f().events(""), "{\"rsvpDeadline\":\"2020-01-01T00:00:00Z\",\"rsvpContact\":\"Dana\"}"));
        Api.Reply closed = reply(guest, h.token(), h.valid().replace("\"attending\":\"no\"", "\"attending\":\"yes\""));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(409);
        assertThat(closed.object().getString("contact")).isEqualTo("Dana");
        assertThat(h.organizersView().getInt("attendingCount")).isEqualTo(2);
    }

    @Test
    void theGuestChangesTheirContactDetailsByTheSameRulesAsEverywhereAndBadInputWritesNothing() {
        Fixture f = Fixture.create();
        String token = token(link(f.editor, f, f.guestId));
        Api guest = guestClient();

        JsonObject changed = ok(reply(guest, token, "{\"phone\":\"054-111-2233\",\"email\":\" Noa.Levi@Example.COM \"}"));
        assertThat(changed.getString("phone")).as("read in the event's region, IL").isEqualTo("+972541112233");
        assertThat(changed.getString("email")).isEqualTo("noa.levi@example.com");
        JsonObject stored = ok(f.viewer.get(f.events("/guests/" + f.guestId)));
        assertThat(stored.getString("phone")).isEqualTo("+972541112233");
        assertThat(stored.getString("email")).isEqualTo("noa.levi@example.com");
        assertThat(stored.getString("side")).as("the rest is kept").isEqualTo("bride");

        assertField(reply(guest, token, "{\"attending\":\"yes\",\"phone\":\"12\"}"), "phone");
        assertField(reply(guest, token, "{\"attending\":\"yes\",\"email\":\"not-an-address\"}"), "email");
        assertField(reply(guest, token, "{\"attending\":\"perhaps\"}"), "attending");
        assertField(reply(guest, token, "{\"attending\":\"maybe\"}"), "attending"); // this event does not take maybe
        assertField(reply(guest, token, "{\"attending\":null}"), "attending");
        assertField(reply(guest, token, "{\"answer\":\"yes\"}"), "answer");
        assertField(reply(guest, token, "{\"attending\":\"yes\",\"status\":\"confirmed\"}"), "status");
        assertField(reply(guest, token, "{\"attending\":\"yes\",\"phone\":42}"), "phone");
        assertField(reply(guest, token, "{}"), "body");
        assertField(reply(guest, token, "{\"attending\":\"yes\",\"email\":\"" + "a".repeat(250) + "@example.com\"}"), "email");
        JsonObject after = ok(f.viewer.get(f.events("/guests/" + f.guestId)));
        assertThat(after.getString("status")).as("nothing half-written").isEqualTo("invited");
        assertThat(after.getString("phone")).isEqualTo("+972541112233");
        assertThat(Db.count("SELECT count(*) FROM guest_status_changes WHERE guest_id = ?::uuid", f.guestId)).isZero();

        JsonObject cleared = ok(reply(guest, token, "{\"email\":null}"));
        assertThat(cleared.get("email")).isIn(null, jakarta.json.JsonValue.NULL);
        assertThat(cleared.getString("phone")).isEqualTo("+972541112233");
    }

    @Test
    void afterTheDeadlineThePageIsClosedAndNamesTheContactAndNothingIsWritten() {
        Fixture f = Fixture.create();
        String token = token(link(f.editor, f, f.guestId));
        ok(f.admin.patch(f.events(""), "{\"rsvpDeadline\":\"2020-01-01T00:00:00Z\",\"rsvpContact\":\"Dana, 050-555-0100\"}"));
        Api guest = guestClient();

        JsonObject page = ok(guest.get(page(token)));
        assertThat(page.getBoolean("open")).isFalse();
        assertThat(page.getString("contact")).isEqualTo("Dana, 050-555-0100");

        Api.Reply closed = reply(guest, token, "{\"attending\":\"yes\",\"phone\":\"054-999-8877\"}");
        assertThat(closed.status()).as(closed.toString()).isEqualTo(409);
        assertThat(closed.isProblem()).isTrue();
        assertThat(closed.object().getBoolean("closed")).isTrue();
        assertThat(closed.object().getString("contact")).isEqualTo("Dana, 050-555-0100");
        assertThat(closed.object().getString("detail")).contains("Dana, 050-555-0100");
        JsonObject stored = ok(f.viewer.get(f.events("/guests/" + f.guestId)));
        assertThat(stored.getString("status")).isEqualTo("invited");
        assertThat(stored.getString("phone")).isEqualTo("+972547654321");

        ok(f.admin.patch(f.events(""), "{\"rsvpDeadline\":null}"));
        assertThat(ok(reply(guest, token, "{\"attending\":\"yes\"}")).getString("answer")).as("open again").isEqualTo("yes");
    }

    @Test
    void aRevokedLinkSaysSoARotatedOneStopsAndTheInvitationCodeKeepsWorking() {
        Fixture f = Fixture.create();
        String email = Api.uniqueEmail("noa");
        ok(f.editor.patch(f.events("/guests/" + f.guestId), "{\"email\":\"" + email + "\"}"));
        ok(f.admin.post(f.events("/invitations"), "{\"guestIds\":[\"" + f.guestId + "\"]}"));
        String code = Db.text("SELECT token FROM invitations WHERE guest_id = ?::uuid", f.guestId);
        Api guest = guestClient();
        String first = token(link(f.editor, f, f.guestId));

        JsonObject rotated = ok(f.editor.post(f.events("/guests/" + f.guestId + "/rsvp-link/rotation"), null));
        String second = token(rotated);
        assertThat(second).isNotEqualTo(first);
        assertNotValid(guest.get(page(first)), true);
        assertThat(ok(guest.get(page(second))).getString("firstName")).isEqualTo("Noa");
        assertThat(Db.text("SELECT token FROM invitations WHERE guest_id = ?::uuid", f.guestId)).isEqualTo(code);
        assertThat(ok(guest.get("/api/validate-invitation/" + code)).getBoolean("valid")).isTrue();

        Api.Reply revoked = f.editor.delete(f.events("/guests/" + f.guestId + "/rsvp-link"));
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(204);
        assertNotValid(guest.get(page(second)), true);
        assertNotValid(reply(guest, second, "{\"attending\":\"yes\"}"), true);
        assertThat(ok(guest.get("/api/validate-invitation/" + code)).getBoolean("valid")).isTrue();
        Api.Reply again = f.editor.delete(f.events("/guests/" + f.guestId + "/rsvp-link"));
        assertThat(again.status()).as("no live link left").isEqualTo(404);

        assertNotValid(guest.get(page("A".repeat(43))), false);
        assertNotValid(guest.get(page("not-a-token")), false);
        JsonObject fresh = link(f.editor, f, f.guestId);
        assertThat(token(fresh)).isNotIn(first, second);
        assertThat(ok(guest.get(page(token(fresh)))).getString("firstName")).isEqualTo("Noa");
    }

    @Test
    void noOtherGuestOrEventIsReachable() {
        Fixture f = Fixture.create();
        Fixture other = Fixture.create();
        String token = token(link(f.editor, f, f.guestId));
        // Another event's guest through this event's path: not found, and no link made.
        Api.Reply foreign = f.editor.post(f.events("/guests/" + other.guestId + "/rsvp-link"), null);
        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(404);
        assertThat(Db.count("SELECT count(*) FROM rsvp_links WHERE guest_id = ?::uuid", other.guestId)).isZero();
        // The page names its own guest only, whatever else is in the body.
        Api guest = guestClient();
        assertField(reply(guest, token, "{\"attending\":\"yes\",\"guestId\":\"" + other.guestId + "\"}"), "guestId");
        assertThat(ok(reply(guest, token, "{\"attending\":\"yes\"}")).getString("firstName")).isEqualTo("Noa");
        assertThat(ok(other.viewer.get(other.events("/guests/" + other.guestId))).getString("status")).isEqualTo("invited");
        assertThat(ok(f.viewer.get(f.events("/guests/" + f.guestId))).getString("status")).isEqualTo("confirmed");

        // A member of another guest's household is no member of this one, and the page names its own only.
        ok(f.editor.put(f.events("/guests/" + f.guestId + "/household"), "{\"members\":[{\"name\":\"Noa\"}]}"));
        String theirs = ok(other.editor.put(other.events("/guests/" + other.guestId + "/household"),
                "{\"members\":[{\"name\":\"Gil\"}]}")).getJsonArray("members").getJsonObject(0).getString("id");
        assertField(reply(guest, token, "{\"members\":[{\"id\":\"" + theirs + "\",\"attending\":\"no\"}]}"), "members[0].id");
        assertThat(ok(other.viewer.get(other.events("/guests/" + other.guestId))).getJsonArray("members")
                .getJsonObject(0).getString("attending")).isEqualTo("unknown");
        assertThat(guest.get(page(token)).body()).doesNotContain("Gil").doesNotContain(theirs).doesNotContain(other.eventId);
    }

    @Test
    void aWhatsAppTextsRsvpLinkPlaceholderCarriesTheGuestsLiveLink() {
        Fixture f = Fixture.create();
        String phone = WhatsAppCalls.uniquePhone();
        String guestId = WhatsAppCalls.guest(f, "Dana", phone);
        JsonObject message = WhatsAppCalls.sent(WhatsAppCalls.sendText(f.editor, f, guestId,
                "Hi {firstName}, please answer here: {rsvpLink}"));
        String link = link(f.editor, f, guestId).getString("url");
        assertThat(TestEnvironment.graphApi().requestsTo(phone).get(0).json().toString())
                .contains("Hi Dana, please answer here: " + link);
        // The ledger, which every member of the event reads, keeps the placeholder: the link is a
        // credential to answer as the guest, which only editors may see.
        assertThat(message.getJsonObject("content").getString("text")).isEqualTo("Hi Dana, please answer here: {rsvpLink}");
        Api.Reply history = f.viewer.get(f.events("/messages"));
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body()).contains("{rsvpLink}").doesNotContain(link).doesNotContain(token(link(f.editor, f, guestId)));
        assertThat(ok(guestClient().get(page(token(link(f.editor, f, guestId))))).getString("firstName")).isEqualTo("Dana");
    }

    @Test
    void oneAddressIsLimitedWithRetryAfterAndGuessingIsStoppedSooner() {
        Fixture f = Fixture.create();
        String token = token(link(f.editor, f, f.guestId));
        Api flooding = guestClient();
        Api.Reply last = null;
        for (int i = 0; i <= TestEnvironment.RSVP_PER_MINUTE * 2 && (last == null || last.status() == 200); i++) {
            last = flooding.get(page(token));
        }
        assertThat(last.status()).as(last.toString()).isEqualTo(429);
        assertThat(last.isProblem()).isTrue();
        assertThat(Long.parseLong(last.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(last.body()).doesNotContain(token);
        assertThat(guestClient().get(page(token)).status()).as("another address").isEqualTo(200);

        Api guessing = guestClient();
        Api.Reply guess = null;
        // Stopped by the guessing budget, long before the address's own limit would stop it.
        for (int i = 0; i <= TestEnvironment.RSVP_UNKNOWN_PER_MINUTE && (guess == null || guess.status() == 404); i++) {
            guess = guessing.get(page(("G" + i + "x".repeat(43)).substring(0, 43)));
        }
        assertThat(guess.status()).as(guess.toString()).isEqualTo(429);
        assertThat(guessing.get(page(token)).status()).as("a real token is refused too: the refusal tells nothing")
                .isEqualTo(429);
    }

    @Test
    void rsvpSettingsAreCheckedAsStrictlyAsTheRestOfTheEvent() {
        Fixture f = Fixture.create();
        assertField(f.admin.patch(f.events(""), "{\"language\":\"xx\"}"), "language");
        assertField(f.admin.patch(f.events(""), "{\"language\":\"EN\"}"), "language");
        assertField(f.admin.patch(f.events(""), "{\"rsvpDeadline\":\"next week\"}"), "rsvpDeadline");
        assertField(f.admin.patch(f.events(""), "{\"rsvpAllowsMaybe\":\"yes\"}"), "rsvpAllowsMaybe");
        assertField(f.admin.patch(f.events(""), "{\"rsvpMessage\":\"" + "m".repeat(2001) + "\"}"), "rsvpMessage");
        assertField(f.admin.patch(f.events(""), "{\"rsvpContact\":\"" + "c".repeat(201) + "\"}"), "rsvpContact");
        JsonObject event = ok(f.admin.get(f.events("")));
        assertThat(event.getString("language")).isEqualTo("en");
        assertThat(event.getBoolean("rsvpAllowsMaybe")).isFalse();
        assertThat(event.get("rsvpDeadline")).isIn(null, jakarta.json.JsonValue.NULL);

        JsonObject set = ok(f.admin.patch(f.events(""), "{\"language\":\"he\",\"rsvpAllowsMaybe\":true,"
                + "\"rsvpDeadline\":\"2031-09-01T21:00:00+03:00\",\"rsvpMessage\":\"  See you  \",\"rsvpContact\":\"Dana\"}"));
        assertThat(set.getString("language")).isEqualTo("he");
        assertThat(set.getBoolean("rsvpAllowsMaybe")).isTrue();
        assertThat(java.time.OffsetDateTime.parse(set.getString("rsvpDeadline")).toInstant())
                .isEqualTo(java.time.Instant.parse("2031-09-01T18:00:00Z"));
        assertThat(set.getString("rsvpMessage")).isEqualTo("See you");
        JsonObject createdEvent = created(f.admin.post("/api/events", "{\"name\":\"Hebrew night\",\"language\":\"he\"}"));
        assertThat(createdEvent.getString("language")).isEqualTo("he");
    }

    private static void assertNotValid(Api.Reply reply, boolean revoked) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.object().getBoolean("revoked")).as(reply.toString()).isEqualTo(revoked);
        assertThat(reply.body()).doesNotContain("Noa").doesNotContain("Fixture event");
    }

    /** A 422 naming exactly these fields. */
    private static void assertOnly(Api.Reply reply, String... fields) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.isProblem()).as(reply.toString()).isTrue();
        assertThat(reply.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList()).as(reply.toString()).containsExactlyInAnyOrder(fields);
    }

    private static void assertField(Api.Reply reply, String field) {
        assertThat(reply.status()).as(reply.toString()).isIn(400, 422);
        assertThat(reply.isProblem()).as(reply.toString()).isTrue();
        List<String> fields = reply.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
        assertThat(fields).as(reply.toString()).contains(field);
    }
}
