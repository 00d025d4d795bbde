package dev.usher.it.invitations;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.fixtures.Invites;
import dev.usher.it.support.servers.ArquillianIT;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Stream;

import static dev.usher.it.support.fixtures.Fixture.ok;
import static dev.usher.it.support.fixtures.Invites.checkIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of invitations and check-in, called by every kind of caller, each cell on fresh
 * data: the status is exactly what the rules say, and every refusal is a problem document.
 */
class InvitationRoleMatrixIT extends ArquillianIT {

    enum Caller {
        ANONYMOUS, USER, SCANNER, OTHER_EVENT_ADMIN, EVENT_ADMIN, SUPER_ADMIN
    }

    /** A fresh event with an admin, a draft invitation for it, one admission, and an admin of another event. */
    static final class Scene {
        final Fixture event = Fixture.create();
        final Api otherAdmin = Api.newUser();
        final String invitationId;
        final String token;
        final String scanId;

        Scene() {
            Fixture.created(otherAdmin.post("/api/events", "{\"name\":\"Other event\"}"));
            JsonObject invitation = Invites.draft(event.eventId, 2);
            invitationId = invitation.getString("id");
            token = Invites.token(invitationId);
            scanId = ok(Invites.SCANNER.post("/api/check-ins", checkIn(token, "Setup", 1, null, null))).getString("scanId");
        }

        Api api(Caller caller) {
            return switch (caller) {
                case ANONYMOUS -> Api.anonymous();
                case USER -> event.outsider;
                case SCANNER -> Api.newUser("scanner");
                case OTHER_EVENT_ADMIN -> otherAdmin;
                case EVENT_ADMIN -> event.admin;
                case SUPER_ADMIN -> Api.newUser("super-admin");
            };
        }
    }

    record Endpoint(String method, String path, Function<Scene, String> url, Function<Scene, String> body,
                    Map<Caller, Integer> expected) {
    }

    private static Map<Caller, Integer> statuses(int anonymous, int user, int scanner, int otherAdmin, int eventAdmin,
                                                 int superAdmin) {
        Map<Caller, Integer> expected = new EnumMap<>(Caller.class);
        expected.put(Caller.ANONYMOUS, anonymous);
        expected.put(Caller.USER, user);
        expected.put(Caller.SCANNER, scanner);
        expected.put(Caller.OTHER_EVENT_ADMIN, otherAdmin);
        expected.put(Caller.EVENT_ADMIN, eventAdmin);
        expected.put(Caller.SUPER_ADMIN, superAdmin);
        return expected;
    }

    private static Map<Caller, Integer> superAdminOnly(int success) {
        return statuses(401, 403, 403, 403, 403, success);
    }

    private static List<Endpoint> endpoints() {
        String admin = "/api/admin/official-invitations";
        List<Endpoint> all = new ArrayList<>();
        all.add(new Endpoint("POST", admin, s -> admin,
                s -> "{\"recipientName\":\"Ann\",\"email\":\"ann@example.com\",\"send\":false}", superAdminOnly(201)));
        all.add(new Endpoint("GET", admin, s -> admin, s -> null, superAdminOnly(200)));
        all.add(new Endpoint("GET", admin + "/stats", s -> admin + "/stats", s -> null, superAdminOnly(200)));
        all.add(new Endpoint("GET", admin + "/{id}", s -> admin + "/" + s.invitationId, s -> null, superAdminOnly(200)));
        all.add(new Endpoint("GET", admin + "/{id}/qr.png", s -> admin + "/" + s.invitationId + "/qr.png", s -> null,
                superAdminOnly(200)));
        all.add(new Endpoint("GET", admin + "/{id}/qr.svg", s -> admin + "/" + s.invitationId + "/qr.svg", s -> null,
                superAdminOnly(200)));
        all.add(new Endpoint("POST", admin + "/{id}/resend", s -> admin + "/" + s.invitationId + "/resend", s -> null,
                superAdminOnly(200)));
        all.add(new Endpoint("PUT", admin + "/{id}/expiry", s -> admin + "/" + s.invitationId + "/expiry",
                s -> "{\"expiresAt\":null}", superAdminOnly(200)));
        all.add(new Endpoint("DELETE", admin + "/{id}", s -> admin + "/" + s.invitationId, s -> null, superAdminOnly(204)));
        all.add(new Endpoint("POST", "/api/events/{id}/invitations", s -> s.event.events("/invitations"),
                s -> "{\"filter\":{},\"send\":false}", statuses(401, 404, 404, 404, 200, 404)));
        all.add(new Endpoint("GET", "/api/events/{id}/invitations", s -> s.event.events("/invitations"), s -> null,
                statuses(401, 404, 404, 404, 200, 404)));
        all.add(new Endpoint("POST", "/api/events/{id}/invitations/{id}/resend",
                s -> s.event.events("/invitations/" + s.invitationId + "/resend"), s -> null,
                statuses(401, 404, 404, 404, 200, 404)));
        all.add(new Endpoint("PUT", "/api/events/{id}/invitations/{id}/expiry",
                s -> s.event.events("/invitations/" + s.invitationId + "/expiry"), s -> "{\"expiresAt\":null}",
                statuses(401, 404, 404, 404, 200, 404)));
        all.add(new Endpoint("POST", admin + "/bulk-send", s -> admin + "/bulk-send",
                s -> "{\"invitationIds\":[\"" + s.invitationId + "\"]}", superAdminOnly(202)));
        all.add(new Endpoint("POST", "/api/check-ins", s -> "/api/check-ins",
                s -> checkIn(s.token, "Matrix", 1, null, null), statuses(401, 403, 200, 403, 200, 403)));
        // Another scanner is door staff, but not the one who admitted: 403 (issue 14's undo at the station).
        all.add(new Endpoint("DELETE", "/api/check-ins/{scanId}", s -> "/api/check-ins/" + s.scanId, s -> null,
                statuses(401, 404, 403, 404, 200, 200)));
        all.add(new Endpoint("POST", "/api/check-ins/manual", s -> "/api/check-ins/manual",
                s -> "{\"invitationId\":\"" + s.invitationId + "\",\"eventId\":\"" + s.event.eventId
                        + "\",\"station\":\"Matrix\",\"seats\":1}", statuses(401, 403, 200, 403, 200, 403)));
        all.add(new Endpoint("GET", "/api/check-ins/station-access", s -> "/api/check-ins/station-access?eventId="
                + s.event.eventId, s -> null, statuses(401, 403, 200, 403, 200, 403)));
        all.add(new Endpoint("GET", "/api/check-ins/guests", s -> "/api/check-ins/guests?eventId=" + s.event.eventId
                + "&q=Dana", s -> null, statuses(401, 403, 200, 403, 200, 403)));
        all.add(new Endpoint("GET", "/api/validate-invitation/{token}", s -> "/api/validate-invitation/" + s.token,
                s -> null, statuses(200, 200, 200, 200, 200, 200)));
        all.add(new Endpoint("GET", "/api/public/mail-opened/{ref}.gif", s -> "/api/public/mail-opened/"
                + "C".repeat(22) + ".gif", s -> null, statuses(200, 200, 200, 200, 200, 200)));
        return all;
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEveryCallerAsTheRulesSay() {
        return endpoints().stream().flatMap(endpoint -> endpoint.expected().entrySet().stream()
                .map(cell -> DynamicTest.dynamicTest(endpoint.method() + " " + endpoint.path() + " as " + cell.getKey(),
                        () -> {
                            Scene scene = new Scene();
                            String body = endpoint.body().apply(scene);
                            ThreadLocalRandom r = ThreadLocalRandom.current();
                            Api.Reply reply = scene.api(cell.getKey())
                                    .from("192.0.2." + r.nextInt(1, 255))
                                    .send(endpoint.method(), endpoint.url().apply(scene), body,
                                            body == null ? null : "application/json");
                            assertThat(reply.status()).as(reply.toString()).isEqualTo(cell.getValue());
                            if (reply.status() >= 400) {
                                assertThat(reply.isProblem()).as(reply.toString()).isTrue();
                            }
                        })));
    }
}
