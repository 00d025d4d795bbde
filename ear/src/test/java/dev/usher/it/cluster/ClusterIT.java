package dev.usher.it.cluster;

import dev.usher.it.console.ConsoleIT;
import dev.usher.it.support.browsers.Axe;
import dev.usher.it.support.browsers.Browser;
import dev.usher.it.support.browsers.Browsers;
import dev.usher.it.support.clients.Api;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.clients.JobsApi;
import dev.usher.it.support.fixtures.Invites;
import dev.usher.it.support.fixtures.ReadmeScenario;
import dev.usher.it.support.fixtures.WhatsAppCalls;
import dev.usher.it.support.servers.Cluster;
import dev.usher.it.support.servers.TestEnvironment;
import dev.usher.it.support.standins.GraphApiStub;
import dev.usher.it.support.standins.Mailbox;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three Usher servers from the one EAR on one database behind HAProxy (round robin, no sticky
 * sessions): every request of these tests goes through the load balancer unless a step names a
 * server ("started on one server, stopped on another"). The servers are started once for all
 * the tests; the one that kills a server runs last. Tests without an order need none (they run
 * before the kill, as every unordered test does).
 */
@Tag("cluster")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final GraphApiStub GRAPH = TestEnvironment.graphApi();
    private static final String TEMPLATE =
            "{\"template\":{\"name\":\"gala_invite\",\"language\":\"en\",\"bodyParameters\":[\"{firstName}\"]}}";
    private static Cluster cluster;

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @BeforeAll
    static void start() {
        cluster = Cluster.get();
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.stop();
        }
    }

    @Test
    @Order(1)
    void theBalancerSpreadsRequestsOverAllThreeServersWithNoStickiness() {
        Api user = Api.newUser();
        Set<String> answered = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            Api.Reply me = user.get("/api/me");
            assertThat(me.status()).as(me.toString()).isEqualTo(200);
            answered.add(me.header("X-Usher-Server"));
        }
        assertThat(answered).containsExactlyInAnyOrder("s1", "s2", "s3");
    }

    /** 100 stations at once through the balancer; a tenth of the codes scanned at two stations at the same instant. */
    @Test
    @Order(2)
    void aScanStormAdmitsEverySeatExactlyOnce() throws Exception {
        int codes = 3_000;
        List<String> tokens = seedInvitations(codes);
        List<String> scans = new ArrayList<>(tokens);
        scans.addAll(tokens.subList(0, codes / 10));
        java.util.Collections.shuffle(scans);
        // Each twice-scanned code's two scans sit next to each other in the queue, so two
        // stations take them at (nearly) the same instant.
        List<String> queue = new ArrayList<>();
        Set<String> twice = new HashSet<>(tokens.subList(0, codes / 10));
        Set<String> queued = new HashSet<>();
        for (String token : scans) {
            if (queued.add(token)) {
                queue.add(token);
                if (twice.contains(token)) {
                    queue.add(token);
                }
            }
        }
        java.util.concurrent.ConcurrentLinkedQueue<String> work = new java.util.concurrent.ConcurrentLinkedQueue<>(queue);
        java.util.concurrent.ConcurrentHashMap<String, String> servers = new java.util.concurrent.ConcurrentHashMap<>();
        List<String> outcomes = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Object> unexpected = java.util.Collections.synchronizedList(new ArrayList<>());
        DbLoad before = DbLoad.now();
        concurrently(100, station -> {
            for (String token = work.poll(); token != null; token = work.poll()) {
                Api.Reply reply = Invites.SCANNER.post("/api/check-ins",
                        Invites.checkIn(token, "Gate " + station, null, null, null));
                if (reply.status() != 200) {
                    unexpected.add(reply);
                    continue;
                }
                outcomes.add(reply.object().getString("outcome"));
                servers.put(reply.header("X-Usher-Server"), "");
            }
            return null;
        });
        DbLoad.now().printSince(before, codes + codes / 10, "scan");
        assertThat(unexpected).isEmpty();
        assertThat(outcomes).hasSize(codes + codes / 10);
        assertThat(outcomes.stream().filter("admitted"::equals)).hasSize(codes);
        assertThat(outcomes.stream().filter("already-used"::equals)).hasSize(codes / 10);
        assertThat(servers.keySet()).containsExactlyInAnyOrder("s1", "s2", "s3");
        String in = "(" + tokens.stream().map(t -> "'" + t + "'").collect(Collectors.joining(",")) + ")";
        assertThat(Db.count("SELECT count(*) FROM invitations WHERE token IN " + in + " AND seats_admitted = 1"))
                .isEqualTo(codes);
        assertThat(Db.count("SELECT count(*) FROM invitation_scans s JOIN invitations i ON i.id = s.invitation_id"
                + " WHERE i.token IN " + in)).isEqualTo(codes + codes / 10);
    }

    /**
     * An import started on server 1, watched through the balancer, stopped on server 2 and
     * restarted on server 3: every row once. A broadcast the same way: every guest messaged once.
     */
    @Test
    @Order(3)
    void jobsStartedOnOneServerAreWatchedStoppedAndRestartedThroughTheOthers() {
        // -Dusher.it.cluster.importRows=100000 for the size (by hand; 30,000 keeps CI short).
        int rows = Integer.getInteger("usher.it.cluster.importRows", 30_000);
        Event e = Event.create("Import across servers");
        DbLoad before = DbLoad.now();
        Instant importStart = Instant.now();
        long first = JobsApi.executionId(e.on(0).postFile("/api/events/" + e.id() + "/guests/import-file", Map.of(),
                "guests.csv", csv(rows)));
        awaitWritten(e.lb(), first);
        stopOn(e.on(1), first);
        assertThat(JobsApi.awaitEnd(e.lb(), first).getString("batchStatus")).isEqualTo("STOPPED");
        assertThat(guests(e.id())).as("stopped before the end").isBetween(1L, rows - 1L);
        long second = restartOn(e.on(2), first);
        JsonObject done = JobsApi.awaitEnd(e.lb(), second);
        assertThat(done.getString("batchStatus")).as(done.toString()).isEqualTo("COMPLETED");
        System.out.printf("ClusterIT: %d rows imported across servers (upload, stop, restart) in %d ms%n", rows,
                Duration.between(importStart, Instant.now()).toMillis());
        DbLoad.now().printSince(before, rows, "imported row (one stop and restart included)");
        assertThat(JobsApi.count(done, "inserted")).isEqualTo(rows);
        assertEveryRowOnce(e.id(), rows);

        int count = 3_000;
        Event b = Event.create("Broadcast across servers");
        List<String> phones = importGuests(b, count);
        JsonObject started = ok(b.on(0).post("/api/events/" + b.id() + "/whatsapp/broadcast", TEMPLATE), 202);
        long broadcast = started.getJsonNumber("executionId").longValue();
        String broadcastId = started.getJsonObject("parameters").getString("broadcastId");
        awaitReached(phones, count / 10);
        stopOn(b.on(1), broadcast);
        assertThat(JobsApi.awaitEnd(b.lb(), broadcast).getString("batchStatus")).isEqualTo("STOPPED");
        assertThat(reached(phones)).as("stopped before the end").isLessThan(count);
        long again = restartOn(b.on(2), broadcast);
        JsonObject sent = JobsApi.awaitEnd(b.lb(), again);
        assertThat(sent.getString("batchStatus")).as(sent.toString()).isEqualTo("COMPLETED");
        // A stop is orderly: nothing in doubt, every guest exactly one message.
        assertThat(phones).allSatisfy(p -> assertThat(GRAPH.requestsTo(p)).as(p).hasSize(1));
        assertThat(Db.count("SELECT count(*) FROM deliveries WHERE broadcast_id = ?::uuid AND state = 'sent'",
                broadcastId)).isEqualTo(count);
    }

    /**
     * Three broadcasts at once, one started on each server, share the business number's rate:
     * together never faster than it. (How close to it they come depends on the machine; that is
     * bench/cluster-send-rate.sh's measure, which runs this test with more guests.)
     */
    @Test
    @Order(4)
    void threeServersBroadcastingAtOnceStayWithinTheSharedRate() {
        int perServer = Integer.getInteger("usher.it.cluster.rateGuests", 600);
        List<Event> events = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<Long> executions = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Event e = Event.create("Rate " + i);
            importGuests(e, perServer);
            events.add(e);
        }
        DbLoad before = DbLoad.now();
        for (int i = 0; i < 3; i++) {
            JsonObject started = ok(events.get(i).on(i).post("/api/events/" + events.get(i).id() + "/whatsapp/broadcast",
                    TEMPLATE), 202);
            executions.add(started.getJsonNumber("executionId").longValue());
            ids.add(started.getJsonObject("parameters").getString("broadcastId"));
        }
        for (int i = 0; i < 3; i++) {
            JsonObject done = JobsApi.awaitEnd(events.get(i).lb(), executions.get(i));
            assertThat(done.getString("batchStatus")).as(done.toString()).isEqualTo("COMPLETED");
        }
        DbLoad.now().printSince(before, 3L * perServer, "broadcast message");
        String in = ids.stream().map(id -> "'" + id + "'::uuid").collect(Collectors.joining(","));
        long messages = Db.count("SELECT count(*) FROM deliveries WHERE state = 'sent' AND broadcast_id IN (" + in + ")");
        assertThat(messages).isEqualTo(3L * perServer);
        // From the first hand-off to the last: (n - 1) periods of the shared rate at least.
        long spanMillis = Db.count("SELECT (extract(epoch FROM max(sending_at) - min(sending_at)) * 1000)::bigint"
                + " FROM deliveries WHERE broadcast_id IN (" + in + ")");
        double rate = (messages - 1) * 1000.0 / spanMillis;
        double ratio = rate / Cluster.BROADCAST_RATE;
        System.out.printf("ClusterIT: %d messages by 3 servers in %d ms = %.1f msg/s against %d configured: ratio %.3f%n",
                messages, spanMillis, rate, Cluster.BROADCAST_RATE, ratio);
        // Each server reserves about 50 ms of the timeline ahead: at most that much early per server.
        assertThat(ratio).isLessThanOrEqualTo(1.05);
    }

    /** Signed in through the balancer, the console works whichever server answers each request. */
    @Test
    @Order(5)
    void theConsoleSignsInAndWorksThroughTheBalancer() {
        String email = Api.uniqueEmail("organizer");
        Browser browser = browsers.open();
        browser.go("/");
        browser.waitFor(By.id("oidc-sign-in"));
        browser.click(By.id("oidc-sign-in"));
        browser.type(By.id("op-email"), email);
        browser.type(By.id("op-groups"), "");
        browser.click(By.id("op-submit"));
        browser.waitForText(By.id("me-email"), email);

        browser.click(By.id("new-event"));
        browser.type(By.id("event-name"), "Behind the balancer");
        browser.type(By.id("event-region"), "IL");
        browser.click(By.cssSelector("usher-event-form button[type=submit]"));
        browser.waitForText(By.cssSelector("main h1"), "Behind the balancer");
        assertThat(browser.text(By.id("my-role"))).isEqualTo("admin");

        // Each reload asks the balancer again; the console stays signed in and finds its event.
        for (int i = 0; i < 3; i++) {
            browser.driver().navigate().refresh();
            browser.waitForText(By.id("me-email"), email);
            browser.waitForText(By.cssSelector("main h1"), "Behind the balancer");
        }
        // The console's token, used by the page itself, is taken by every server.
        @SuppressWarnings("unchecked")
        List<String> answers = (List<String>) browser.script("""
                const token = JSON.parse(sessionStorage.getItem('usher.session')).token;
                const one = () => fetch('/api/me', {headers: {Authorization: 'Bearer ' + token}})
                    .then(r => r.status + ' ' + r.headers.get('X-Usher-Server'));
                return Promise.all([one(), one(), one(), one(), one(), one()]);""");
        assertThat(answers).allMatch(a -> a.startsWith("200 "));
        assertThat(answers.stream().map(a -> a.substring(4)).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("s1", "s2", "s3");
        browser.click(By.id("sign-out"));
        browser.waitFor(By.id("oidc-sign-in"));
    }

    /** The README's walk-through, the one PlatformIT runs on one server, through the balancer. */
    @Test
    void theReadmesWalkThroughWorksThroughTheBalancer() {
        assertThat(ReadmeScenario.runAt(cluster.url())).containsExactlyInAnyOrder("s1", "s2", "s3");
    }

    /**
     * On a phone's width through the balancer: the guest list and the invitation list load (each
     * request to whichever server) and axe finds no serious violation on either.
     */
    @Test
    void theConsoleOnAPhoneListsGuestsAndInvitationsThroughTheBalancer() {
        String email = Api.uniqueEmail("phone");
        Api admin = Api.as(email);
        String eventId = ok(admin.post("/api/events", "{\"name\":\"On a phone\",\"phoneRegion\":\"IL\"}"), 201)
                .getString("id");
        ok(admin.post("/api/events/" + eventId + "/guests",
                "{\"firstName\":\"Yael\",\"lastName\":\"Cohen\",\"phone\":\"052-333-4444\",\"side\":\"bride\"}"), 201);
        ok(admin.post("/api/events/" + eventId + "/guests",
                "{\"firstName\":\"Omer\",\"email\":\"" + Api.uniqueEmail("omer") + "\",\"side\":\"groom\"}"), 201);
        Invites.draft(eventId, 1);

        Browser browser = browsers.open(390, 844);
        browser.viewport(390, 844);
        browser.go("/");
        browser.waitFor(By.id("oidc-sign-in"));
        assertThat(browser.script("return window.innerWidth")).isEqualTo(390L);
        ConsoleIT.signIn(browser, email);
        List<String> violations = new ArrayList<>();
        browser.go("/#/events/" + eventId + "/guests");
        browser.waitForText(By.id("guest-range"), "1–2 of 2");
        violations.addAll(Axe.serious(browser, "cluster guests tab on a phone"));
        browser.go("/#/events/" + eventId + "/invitations");
        browser.waitForText(By.id("ev-inv-range"), "1–1 of 1");
        violations.addAll(Axe.serious(browser, "cluster invitations tab on a phone"));
        assertThat(violations).as("serious or critical accessibility violations").isEmpty();
    }

    /**
     * What one server could keep in memory: the caller's account and event roles (a member removed
     * on one server is refused by the next at once), an event changed on one and read on the
     * others (no entity cache), the dev issuer (off on every one).
     */
    @Test
    @Order(6)
    void whatOneServerChangesTheOthersSeeAtOnce() {
        Event e = Event.create("Shared state");
        String memberEmail = Api.uniqueEmail("member");
        Api member = Api.as(memberEmail);
        String memberId = ok(e.on(0).post("/api/events/" + e.id() + "/invite-member",
                "{\"email\":\"" + memberEmail + "\",\"role\":\"viewer\"}"), 201).getString("userId");
        for (int i = 0; i < 3; i++) {
            assertThat(member.at(cluster.node(i).baseUrl()).get("/api/events/" + e.id()).status()).isEqualTo(200);
            assertThat(member.at(cluster.node(i).baseUrl()).get("/api/events/" + e.id() + "/guests").status())
                    .isEqualTo(200);
        }
        ok(e.on(1).patch("/api/events/" + e.id() + "/members/" + memberId, "{\"role\":\"editor\"}"), 200);
        for (int i = 0; i < 3; i++) {
            assertThat(member.at(cluster.node(i).baseUrl()).post("/api/events/" + e.id() + "/guests",
                    "{\"firstName\":\"Added" + i + "\"}").status()).as("editor on s" + (i + 1)).isEqualTo(201);
        }
        assertThat(e.on(2).delete("/api/events/" + e.id() + "/members/" + memberId).status()).isEqualTo(204);
        for (int i = 0; i < 3; i++) {
            assertThat(member.at(cluster.node(i).baseUrl()).get("/api/events/" + e.id()).status())
                    .as("removed, on s" + (i + 1)).isEqualTo(404);
        }

        for (int round = 0; round < 3; round++) {
            String location = "Hall " + round;
            ok(e.on(round).patch("/api/events/" + e.id(), "{\"location\":\"" + location + "\"}"), 200);
            for (int i = 0; i < 3; i++) {
                assertThat(ok(e.on(i).get("/api/events/" + e.id()), 200).getString("location"))
                        .as("s" + (i + 1) + " after a change on s" + (round + 1)).isEqualTo(location);
            }
        }

        for (int i = 0; i < 3; i++) {
            Api.Reply devToken = Api.anonymous().at(cluster.node(i).baseUrl()).send("POST", "/api/dev/tokens",
                    "email=ann@example.com&groups=super-admin", "application/x-www-form-urlencoded");
            assertThat(devToken.status()).as("dev issuer on s" + (i + 1)).isEqualTo(404);
        }
    }

    /**
     * The public code check's limit per client address counts on every server together: the
     * balancer spreads one client's checks over three servers and the limit still holds; another
     * address (told apart by X-Forwarded-For, which the balancer passes on) is not limited.
     */
    @Test
    @Order(7)
    void aClientsValidateLimitHoldsAcrossTheServers() {
        String token = seedInvitations(1).get(0);
        Api flooding = Api.anonymous().from(randomAddress());
        Set<String> servers = new HashSet<>();
        Api.Reply reply = null;
        int allowed = 0;
        // A minute's window may turn during the loop; then a second window's worth is allowed.
        for (int i = 0; i < 2 * Mailbox.VALIDATE_PER_MINUTE + 1; i++) {
            reply = flooding.get("/api/validate-invitation/" + token);
            servers.add(reply.header("X-Usher-Server"));
            if (reply.status() == 429) {
                break;
            }
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            allowed++;
        }
        assertThat(reply.status()).as("after %d checks", allowed).isEqualTo(429);
        assertThat(allowed).isBetween(Mailbox.VALIDATE_PER_MINUTE, 2 * Mailbox.VALIDATE_PER_MINUTE);
        assertThat(servers).containsExactlyInAnyOrder("s1", "s2", "s3");
        assertThat(Long.parseLong(reply.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(Api.anonymous().from(randomAddress()).get("/api/validate-invitation/" + token).status()).isEqualTo(200);
    }

    /**
     * Server 3 killed with SIGKILL while it runs an import and a broadcast: the others declare it
     * dead, the jobs are restarted through the balancer and finish there; no row imported twice,
     * no guest messaged twice.
     */
    /**
     * The RSVP page's limit per client address and an invitation's resend limit are counted in the
     * database, so the balancer spreading one client's requests over the servers changes neither.
     */
    @Test
    @Order(8)
    void theRsvpPageLimitAndTheResendLimitHoldAcrossTheServers() {
        Event e = Event.create("Limits everywhere");
        String guestId = ok(e.lb().post("/api/events/" + e.id() + "/guests",
                "{\"firstName\":\"Noa\",\"email\":\"" + Api.uniqueEmail("limits") + "\"}"), 201).getString("id");
        String url = ok(e.lb().post("/api/events/" + e.id() + "/guests/" + guestId + "/rsvp-link", null), 200)
                .getString("url");
        String page = "/api/public/rsvp/" + url.substring(url.indexOf('#') + 1);

        Api guest = Api.anonymous().from(randomAddress());
        Set<String> servers = new HashSet<>();
        Api.Reply reply = null;
        int allowed = 0;
        // A minute's window may turn during the loop; then a second window's worth is allowed.
        for (int i = 0; i < 2 * TestEnvironment.RSVP_PER_MINUTE + 1; i++) {
            reply = guest.get(page);
            servers.add(reply.header("X-Usher-Server"));
            if (reply.status() == 429) {
                break;
            }
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            allowed++;
        }
        assertThat(reply.status()).as("after %d page loads", allowed).isEqualTo(429);
        assertThat(allowed).isBetween(TestEnvironment.RSVP_PER_MINUTE, 2 * TestEnvironment.RSVP_PER_MINUTE);
        assertThat(servers).containsExactlyInAnyOrder("s1", "s2", "s3");

        String invitation = ok(e.lb().post("/api/events/" + e.id() + "/invitations",
                "{\"guestIds\":[\"" + guestId + "\"],\"send\":false}"), 200)
                .getJsonArray("invitations").getJsonObject(0).getString("id");
        String resend = "/api/events/" + e.id() + "/invitations/" + invitation + "/resend";
        Api.Reply sent = e.lb().post(resend, null);
        assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
        // Straight to each server, the one that sent it and the two others: each refuses.
        for (int i = 0; i < 3; i++) {
            Api.Reply again = e.on(i).post(resend, null);
            assertThat(again.status()).as("a resend on s%d right after one through %s", i + 1,
                    sent.header("X-Usher-Server")).isEqualTo(429);
        }
        assertThat(Db.count("SELECT count(*) FROM deliveries WHERE invitation_id = ?::uuid", invitation)).isEqualTo(1);
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void aServerKilledMidJobHasItsJobsFinishedByTheOthers() {
        int count = 5_000;
        int rows = 40_000;
        Event b = Event.create("Killed broadcast");
        List<String> phones = importGuests(b, count);
        JsonObject started = ok(b.on(2).post("/api/events/" + b.id() + "/whatsapp/broadcast", TEMPLATE), 202);
        long broadcast = started.getJsonNumber("executionId").longValue();
        String broadcastId = started.getJsonObject("parameters").getString("broadcastId");
        Event e = Event.create("Killed import");
        long importing = JobsApi.executionId(e.on(2).postFile("/api/events/" + e.id() + "/guests/import-file", Map.of(),
                "guests.csv", csv(rows)));
        awaitWritten(e.lb(), importing);
        awaitReached(phones, 1);

        cluster.node(2).kill();
        assertThat(guests(e.id())).as("killed mid-import").isLessThan(rows);
        assertThat(reached(phones)).as("killed mid-broadcast").isLessThan(count);

        // Each job read by its own event's admin (a job of another event is not found).
        for (Map.Entry<Api, Long> job : Map.of(e.lb(), importing, b.lb(), broadcast).entrySet()) {
            JsonObject failed = awaitStatus(job.getKey(), job.getValue(), "FAILED");
            assertThat(failed.getString("exitStatus")).contains("stopped answering");
        }
        JsonObject imported = JobsApi.awaitEnd(e.lb(), restartOn(e.lb(), importing));
        assertThat(imported.getString("batchStatus")).as(imported.toString()).isEqualTo("COMPLETED");
        assertEveryRowOnce(e.id(), rows);
        JsonObject sent = JobsApi.awaitEnd(b.lb(), restartOn(b.lb(), broadcast));
        assertThat(sent.getString("batchStatus")).as(sent.toString()).isEqualTo("COMPLETED");

        // No guest messaged twice; each has one record of the broadcast: sent, or in doubt (in
        // flight at the kill, never resent by itself).
        assertThat(phones).allSatisfy(p -> assertThat(GRAPH.requestsTo(p).size()).as(p).isLessThanOrEqualTo(1));
        assertThat(Db.count("SELECT count(DISTINCT guest_id) FROM deliveries WHERE broadcast_id = ?::uuid", broadcastId))
                .isEqualTo(count);
        long sentCount = Db.count("SELECT count(*) FROM deliveries WHERE broadcast_id = ?::uuid AND state = 'sent'",
                broadcastId);
        long inDoubt = Db.count("SELECT count(*) FROM deliveries WHERE broadcast_id = ?::uuid AND state = 'sending'",
                broadcastId);
        assertThat(sentCount + inDoubt).isEqualTo(count);
        assertThat(reached(phones)).isBetween(sentCount, sentCount + inDoubt);
        assertThat(inDoubt).isLessThan(count / 10);
    }

    /** A new admin with a new event (made through the balancer), and that caller on each server. */
    private record Event(Api lb, String id) {
        static Event create(String name) {
            Api admin = Api.newUser();
            return new Event(admin, ok(admin.post("/api/events", "{\"name\":\"" + name + "\",\"phoneRegion\":\"IL\"}"), 201)
                    .getString("id"));
        }

        Api on(int server) {
            return lb.at(cluster.node(server).baseUrl());
        }
    }

    private static List<String> importGuests(Event e, int count) {
        List<String> phones = new ArrayList<>();
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (int i = 0; i < count; i++) {
            String phone = WhatsAppCalls.uniquePhone();
            phones.add(phone);
            rows.add(Json.createObjectBuilder().add("firstName", "Guest" + i).add("phone", phone));
        }
        assertThat(ok(e.lb().post("/api/events/" + e.id() + "/guests/import", rows.build().toString()), 200)
                .getInt("inserted")).isEqualTo(count);
        return phones;
    }

    private static byte[] csv(int rows) {
        StringBuilder csv = new StringBuilder("first name,last name,phone\n");
        for (int i = 0; i < rows; i++) {
            csv.append("Guest").append(i).append(",Number").append(i).append(",+97250")
                    .append(String.format("%07d", i)).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void stopOn(Api api, long execution) {
        Api.Reply stop = api.send("POST", "/api/jobs/" + execution + "/stop", null, null);
        assertThat(stop.status()).as(stop.toString()).isEqualTo(200);
    }

    private static long restartOn(Api api, long execution) {
        return ok(api.send("POST", "/api/jobs/" + execution + "/restart", null, null), 200)
                .getJsonNumber("executionId").longValue();
    }

    private static void awaitWritten(Api api, long execution) {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
        while (ok(api.get("/api/jobs/" + execution), 200).getJsonObject("items").getInt("written") == 0) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("Job " + execution + " wrote nothing");
            }
            sleep(100);
        }
    }

    private static JsonObject awaitStatus(Api api, long execution, String status) {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
        while (true) {
            JsonObject job = ok(api.get("/api/jobs/" + execution), 200);
            if (status.equals(job.getString("batchStatus"))) {
                return job;
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("Job " + execution + " never became " + status + ": " + job);
            }
            sleep(250);
        }
    }

    private static long reached(List<String> phones) {
        return phones.stream().filter(p -> !GRAPH.requestsTo(p).isEmpty()).count();
    }

    private static void awaitReached(List<String> phones, int atLeast) {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(3));
        while (reached(phones) < atLeast) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("The broadcast never reached " + atLeast + " guests");
            }
            sleep(50);
        }
    }

    private static long guests(String eventId) {
        return Db.count("SELECT count(*) FROM guests WHERE event_id = ?::uuid", eventId);
    }

    private static void assertEveryRowOnce(String eventId, int rows) {
        assertThat(guests(eventId)).isEqualTo(rows);
        assertThat(Db.count("SELECT count(DISTINCT import_row) FROM guests WHERE event_id = ?::uuid", eventId))
                .isEqualTo(rows);
        assertThat(Db.count("SELECT count(DISTINCT phone) FROM guests WHERE event_id = ?::uuid", eventId))
                .isEqualTo(rows);
    }

    /** Single-seat invitations written straight into the database (as bench/Bench.java seeds them); their tokens. */
    private static List<String> seedInvitations(int count) {
        List<String> tokens = new ArrayList<>(count);
        try (Connection c = Db.connect(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO invitations (id, number, token, recipient_name, email, seats, status)
                SELECT gen_random_uuid(), 'INV-' || CASE WHEN n < 10000 THEN lpad(n::text, 4, '0') ELSE n::text END, replace(gen_random_uuid()::text, '-', '') || substr(md5(random()::text), 1, 8),
                       'Storm Guest ' || g, 'storm' || n || '@cluster.test', 1, 'sent'
                FROM (SELECT g, nextval('invitation_number_seq') AS n FROM generate_series(1, ?) g) numbered
                RETURNING token""")) {
            s.setInt(1, count);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    tokens.add(rows.getString(1));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return tokens;
    }

    private static String randomAddress() {
        java.util.Random random = new java.util.Random();
        return "198.51.100." + (1 + random.nextInt(254));
    }

    interface Station {
        Void run(int index) throws Exception;
    }

    /** Runs n stations at the same instant (released together by a latch) until they return. */
    private static void concurrently(int n, Station station) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Void>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                Callable<Void> task = () -> {
                    start.await();
                    return station.run(index);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            for (Future<Void> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject ok(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        return reply.object();
    }
}
