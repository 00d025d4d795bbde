package dev.usher.it.imports;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.fixtures.GoogleFlow;
import dev.usher.it.support.servers.ArquillianIT;
import dev.usher.it.support.servers.TestEnvironment;
import dev.usher.it.support.standins.GoogleStandIn;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.usher.it.support.clients.JobsApi.awaitEnd;
import static dev.usher.it.support.clients.JobsApi.count;
import static dev.usher.it.support.clients.JobsApi.executionId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Google contacts import against the real server, Google played by {@link GoogleStandIn} (a real
 * HTTP server the server's USHER_GOOGLE_* settings point to): the connect with PKCE S256 (the stand-in
 * checks the verifier against the challenge and refuses a wrong one), the refresh token sealed at
 * rest, paging by nextPageToken, a 429 retried after its Retry-After, an expired access token
 * refreshed once, revocation here and at Google, the import through the guest-import job, and no
 * token of Google's in the server's logs.
 */
class GoogleContactsIT extends ArquillianIT {


    private static GoogleStandIn google() {
        return TestEnvironment.google();
    }

    private static GoogleStandIn.Account account() {
        GoogleStandIn.Account account = GoogleFlow.account();
        return account;
    }

    private static String userId(Api api) {
        return api.get("/api/me").object().getString("userId");
    }

    @Test
    void connectingSendsAnS256ChallengeAndStoresTheRefreshTokenSealedForThatUserOnly() {
        Api user = Api.newUser();
        GoogleStandIn.Account account = account();
        assertThat(user.get("/api/google/connection").object().getBoolean("connected")).isFalse();

        String url = GoogleFlow.authorizationUrl(user, "#/events/abc/guests");
        Map<String, String> q = GoogleStandIn.queryOf(url);
        assertThat(url).startsWith(google().baseUrl() + "/o/oauth2/v2/auth?");
        assertThat(q).containsEntry("code_challenge_method", "S256").containsEntry("response_type", "code")
                .containsEntry("client_id", GoogleStandIn.CLIENT_ID).containsEntry("access_type", "offline")
                .containsEntry("redirect_uri", Api.baseUrl() + "/api/public/google/callback")
                .containsEntry("scope", "https://www.googleapis.com/auth/contacts.readonly");
        assertThat(q.get("state")).hasSizeGreaterThanOrEqualTo(32);
        assertThat(q.get("code_challenge")).matches("[A-Za-z0-9_-]{43}");

        String back = GoogleFlow.callback(GoogleFlow.consent(url, account));
        assertThat(back).isEqualTo(Api.baseUrl() + "/?google=connected#/events/abc/guests");
        assertThat(account.codeExchanges.get()).isEqualTo(1);
        JsonObject connection = user.get("/api/google/connection").object();
        assertThat(connection.getBoolean("connected")).isTrue();
        assertThat(Api.newUser().get("/api/google/connection").object().getBoolean("connected"))
                .as("another user is not connected by it").isFalse();

        String stored = Db.text("SELECT refresh_token FROM google_connections WHERE user_id = ?::uuid", userId(user));
        String refreshToken = google().refreshTokensOf(account).get(0);
        assertThat(stored).startsWith("enc1:").doesNotContain(refreshToken);
        assertThat(Db.count("SELECT count(*) FROM google_authorizations WHERE user_id = ?::uuid", userId(user)))
                .as("the state is used up").isZero();

        // The same redirect again (a replayed state) finds nothing and stores nothing new.
        assertThat(GoogleFlow.callback(Api.baseUrl() + "/api/public/google/callback?state=" + q.get("state")
                + "&code=4/0Aforged")).endsWith("/?google=failed#/");
        assertThat(account.codeExchanges.get()).isEqualTo(1);
    }

    @Test
    void theStandInRefusesAWrongVerifierSoACodeDeliveredUnderAnotherConnectsStateStoresNothing() {
        // Google's side: a code exchanged with a verifier that does not hash to its challenge is refused.
        GoogleStandIn.Account account = account();
        String verifier = "v".repeat(43);
        String authorize = google().baseUrl() + "/o/oauth2/v2/auth?response_type=code&client_id="
                + GoogleStandIn.CLIENT_ID + "&redirect_uri=http%3A%2F%2Fx%2Fcb&scope=contacts.readonly&state=s"
                + "&code_challenge=" + GoogleStandIn.s256(verifier) + "&code_challenge_method=S256&account=" + account.id();
        String code = GoogleStandIn.queryOf(GoogleFlow.get(authorize).headers().firstValue("Location").orElseThrow())
                .get("code");
        HttpResponse<String> wrong = GoogleFlow.postForm(google().baseUrl() + "/token", "grant_type=authorization_code"
                + "&code=" + code + "&code_verifier=" + "w".repeat(43) + "&redirect_uri=http%3A%2F%2Fx%2Fcb"
                + "&client_id=" + GoogleStandIn.CLIENT_ID + "&client_secret=" + google().clientSecret());
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("invalid_grant");

        // Usher's side: Mallory's code arrives under Alice's state (a code injection): Usher exchanges
        // it with Alice's verifier, Google refuses it, and Alice is not connected to Mallory's contacts.
        Api alice = Api.newUser();
        Api mallory = Api.newUser();
        GoogleStandIn.Account mallorysAccount = account();
        String aliceUrl = GoogleFlow.authorizationUrl(alice, "#/");
        String malloryCallback = GoogleFlow.consent(GoogleFlow.authorizationUrl(mallory, "#/"), mallorysAccount);
        String aliceState = GoogleStandIn.queryOf(aliceUrl).get("state");
        String injected = Api.baseUrl() + "/api/public/google/callback?state=" + aliceState + "&code="
                + GoogleStandIn.queryOf(malloryCallback).get("code");
        assertThat(GoogleFlow.callback(injected)).endsWith("/?google=failed#/");
        assertThat(mallorysAccount.codeExchanges.get()).isZero();
        assertThat(alice.get("/api/google/connection").object().getBoolean("connected")).isFalse();
        assertThat(Db.count("SELECT count(*) FROM google_connections WHERE user_id = ?::uuid", userId(alice))).isZero();
    }

    @Test
    void aUserWhoDeclinesAtGoogleIsSentBackSayingSoAndNothingIsStored() {
        Api user = Api.newUser();
        String url = GoogleFlow.authorizationUrl(user, "#/events/e1/guests");
        HttpResponse<String> page = GoogleFlow.get(url + "&account=deny");
        String back = GoogleFlow.callback(page.headers().firstValue("Location").orElseThrow());
        assertThat(back).isEqualTo(Api.baseUrl() + "/?google=denied#/events/e1/guests");
        assertThat(user.get("/api/google/connection").object().getBoolean("connected")).isFalse();
    }

    @Test
    void everyPageOfGroupsAndContactsIsListed() {
        Api user = Api.newUser();
        GoogleStandIn.Account account = account().pageSize(2)
                .contact("people/c1", "Dana", "Levi", "dana@example.com", "+972 50-111-0001", "contactGroups/family")
                .contact("people/c2", "Omer", "Katz", null, "050-111-0002", "contactGroups/family")
                .contact("people/c3", "Tal", "Dahan", "tal@example.com", null, "contactGroups/work")
                .contact("people/c4", "Noa", "Bar", "noa@example.com", null)
                .contact("people/c5", "Eli", "Gal", "eli@example.com", null, "contactGroups/work")
                .group("contactGroups/family", "Family").group("contactGroups/work", "Work")
                .group("contactGroups/myContacts", "My Contacts");
        GoogleFlow.connect(user, account);

        JsonArray contacts = user.get("/api/google/contacts").array();
        assertThat(contacts.getValuesAs(JsonObject.class)).extracting(c -> c.getString("resourceName"))
                .containsExactly("people/c1", "people/c2", "people/c3", "people/c4", "people/c5");
        JsonObject dana = contacts.getJsonObject(0);
        assertThat(dana.getString("name")).isEqualTo("Dana Levi");
        assertThat(dana.getString("email")).isEqualTo("dana@example.com");
        assertThat(dana.getJsonArray("groups").getString(0)).isEqualTo("contactGroups/family");
        assertThat(account.requests).filteredOn(r -> r.contains("/connections")).hasSize(3);
        assertThat(account.requests).filteredOn(r -> r.contains("/connections")).last().asString()
                .contains("pageToken=p4");

        JsonArray groups = user.get("/api/google/contact-groups").array();
        assertThat(groups.getValuesAs(JsonObject.class)).extracting(g -> g.getString("name"))
                .containsExactly("Family", "Work", "My Contacts");
        assertThat(account.requests).filteredOn(r -> r.contains("/contactGroups")).hasSize(2);
    }

    @Test
    void aThrottledRequestIsRetriedAfterItsRetryAfter() {
        Api user = Api.newUser();
        GoogleStandIn.Account account = account().contact("people/c1", "Dana", "Levi", "dana@example.com", null);
        GoogleFlow.connect(user, account);
        account.throttle(1);

        Api.Reply contacts = user.get("/api/google/contacts");
        assertThat(contacts.status()).as(contacts.toString()).isEqualTo(200);
        assertThat(contacts.array()).hasSize(1);
        assertThat(account.requests).hasSize(2);
        assertThat(account.requests.get(0)).startsWith("429 ");
        assertThat(account.requests.get(1)).startsWith("200 ").endsWith(account.requests.get(0).substring(4));

        account.throttle(5); // more than Usher's three attempts: it gives up with a 503, not a hang
        Api.Reply given = user.get("/api/google/contacts");
        assertThat(given.status()).as(given.toString()).isEqualTo(503);
        assertThat(given.isProblem()).isTrue();
        assertThat(given.string("detail")).contains("throttling");
    }

    @Test
    void anExpiredAccessTokenIsRefreshedOnceAndTheCallMadeAgain() {
        Api user = Api.newUser();
        GoogleStandIn.Account account = account().contact("people/c1", "Dana", "Levi", "dana@example.com", null);
        GoogleFlow.connect(user, account);
        assertThat(user.get("/api/google/contacts").array()).hasSize(1);
        int refreshes = account.refreshes.get();
        assertThat(user.get("/api/google/contacts").array()).as("the access token is kept").hasSize(1);
        assertThat(account.refreshes.get()).isEqualTo(refreshes);

        google().expireAccessTokens(account);
        Api.Reply again = user.get("/api/google/contacts");
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.array()).hasSize(1);
        assertThat(account.refreshes.get()).isEqualTo(refreshes + 1);
    }

    @Test
    void disconnectingDeletesTheGrantAndRevokesItAtGoogle() {
        Api user = Api.newUser();
        GoogleStandIn.Account account = account().contact("people/c1", "Dana", "Levi", "dana@example.com", null);
        GoogleFlow.connect(user, account);
        String refreshToken = google().refreshTokensOf(account).get(0);

        Api.Reply deleted = user.delete("/api/google/connection");
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        assertThat(google().isRevoked(refreshToken)).isTrue();
        assertThat(account.revocations.get()).isEqualTo(1);
        assertThat(Db.count("SELECT count(*) FROM google_connections WHERE user_id = ?::uuid", userId(user))).isZero();
        assertThat(user.get("/api/google/connection").object().getBoolean("connected")).isFalse();
        Api.Reply contacts = user.get("/api/google/contacts");
        assertThat(contacts.status()).isEqualTo(409);
        assertThat(contacts.string("detail")).contains("connect");
        assertThat(user.delete("/api/google/connection").status()).as("twice is fine").isEqualTo(204);
    }

    @Test
    void aGrantRevokedAtGoogleEndsTheConnectionAndAsksToConnectAgain() {
        Api user = Api.newUser();
        GoogleStandIn.Account account = account().contact("people/c1", "Dana", "Levi", "dana@example.com", null);
        GoogleFlow.connect(user, account);
        google().revokeAtGoogle(account);

        Api.Reply contacts = user.get("/api/google/contacts");
        assertThat(contacts.status()).as(contacts.toString()).isEqualTo(409);
        assertThat(contacts.isProblem()).isTrue();
        assertThat(contacts.string("detail")).contains("connect your Google account again");
        assertThat(user.get("/api/google/connection").object().getBoolean("connected")).isFalse();
    }

    @Test
    void chosenGroupsAndContactsImportThroughTheGuestImportJobWithItsReport() {
        Fixture f = Fixture.create();
        GoogleStandIn.Account account = account().pageSize(3)
                .contact("people/c1", "Dana", "Levi", "dana@example.com", "+972 50-111-0001", "contactGroups/family")
                .contact("people/c2", "Omer", "Katz", null, "050-111-0002", "contactGroups/family")
                .contact("people/c3", "Tal", "Dahan", "tal@example.com", null, "contactGroups/work")
                .contact("people/c4", "Bad", "Phone", null, "12")
                .contact("people/c5", "Eli", "Gal", "eli@example.com", null, "contactGroups/work")
                .contact("people/c6", "Noa", "Levi", null, "+972 54-765-4321");
        GoogleFlow.connect(f.editor, account);

        Api.Reply started = f.editor.post(f.events("/guests/import-google"),
                "{\"groups\":[\"contactGroups/family\"],\"contacts\":[\"people/c3\",\"people/c4\",\"people/c6\"]}");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        long execution = executionId(started);
        JsonObject job = awaitEnd(f.editor, execution);
        assertThat(job.getString("batchStatus")).as(job.toString()).isEqualTo("COMPLETED");
        assertThat(count(job, "inserted")).isEqualTo(3);
        assertThat(count(job, "invalid")).isEqualTo(1);
        assertThat(count(job, "duplicates")).as("Noa Levi has the fixture guest's phone").isEqualTo(1);

        List<String> errors = f.editor.get("/api/jobs/" + execution + "/errors").object().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .map(e -> e.getInt("row") + " " + e.getString("column", "") + ": " + e.getString("reason")).toList();
        assertThat(errors).hasSize(2);
        assertThat(errors).anyMatch(e -> e.startsWith("5 Phone 1 - Value: is too short"));
        assertThat(errors).anyMatch(e -> e.startsWith("6 phone: skipped: same phone as guest " + f.guestId));

        JsonObject dana = f.viewer.get(f.events("/guests?q=dana@")).object().getJsonArray("items").getJsonObject(0);
        assertThat(dana.getString("firstName")).isEqualTo("Dana");
        assertThat(dana.getString("lastName")).isEqualTo("Levi");
        assertThat(dana.getString("phone")).isEqualTo("+972501110001");
        assertThat(f.viewer.get(f.events("/guests?q=eli@")).object().getJsonArray("items"))
                .as("a contact of a group not chosen").isEmpty();
        assertThat(Db.count("SELECT count(*) FROM audit_entries WHERE event_id = ?::uuid AND action = 'guest.import_started'",
                f.eventId)).isEqualTo(1);

        Api.Reply nothing = f.editor.post(f.events("/guests/import-google"), "{\"groups\":[],\"contacts\":[]}");
        assertThat(nothing.status()).isEqualTo(422);
        assertThat(nothing.string("detail") + nothing.body()).contains("contacts");
        Api.Reply bad = f.editor.post(f.events("/guests/import-google"), "{\"groups\":[\"../../etc\"]}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("groups");
    }

    @Test
    void anEditorWithoutAConnectionIsToldToConnectAndNoJobStarts() {
        Fixture f = Fixture.create();
        Api.Reply started = f.editor.post(f.events("/guests/import-google"), "{\"contacts\":[\"people/c1\"]}");
        assertThat(started.status()).as(started.toString()).isEqualTo(409);
        assertThat(started.string("detail")).contains("connect");
        assertThat(Db.count("SELECT count(*) FROM job_runs WHERE event_id = ?::uuid", f.eventId)).isZero();
    }

    @Test
    void noTokenCodeOrClientSecretOfGooglesReachesTheServersLogs() throws IOException {
        Api user = Api.newUser();
        GoogleStandIn.Account account = account().contact("people/c1", "Dana", "Levi", "dana@example.com", null);
        GoogleFlow.connect(user, account);
        google().expireAccessTokens(account);
        user.get("/api/google/contacts");
        google().revokeAtGoogle(account);
        user.get("/api/google/contacts"); // a refused refresh: logged, without the token
        GoogleFlow.connect(user, account);
        user.delete("/api/google/connection");

        List<String> secrets = new ArrayList<>(account.secretsIssued);
        secrets.add(google().clientSecret());
        assertThat(secrets).hasSizeGreaterThanOrEqualTo(6);
        Path logs = Path.of(System.getProperty("usher.it.serverDir"), "logs");
        try (Stream<Path> files = Files.walk(logs)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
                // The test server's own access log (not shipped) writes request lines, so it holds the
                // callback's authorization code as Google put it in the URL: used up, and useless
                // without the PKCE verifier. No token and no client secret may be there either.
                boolean accessLog = file.getFileName().toString().equals("http_access.log");
                for (String secret : secrets) {
                    if (accessLog && secret.startsWith("4/0A")) {
                        continue;
                    }
                    assertThat(text).as(file + " holds a Google secret").doesNotContain(secret)
                            .doesNotContain(java.net.URLEncoder.encode(secret, java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
    }
}
