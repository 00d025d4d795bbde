package dev.usher.it.webhooks;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.fixtures.EventCaller;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.servers.ArquillianIT;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every webhook endpoint, called by every kind of caller, each cell on a fresh event with a real
 * subscription and a finished delivery: no token 401, not a member 404, viewers and editors 403 (a
 * receiver learns every guest's answer: choosing one is an admin's call), admins their success, every
 * refusal a problem document. The server-wide endpoints likewise, each cell with a fresh server-wide
 * subscription (deleted after it): no token 401, every signed-in caller but a super-admin 403 (an
 * event's admin too), the super-admin who made it and any other super-admin their success.
 */
class WebhooksRoleMatrixIT extends ArquillianIT {

    private record Endpoint(String name, int success, BiFunction<Cell, Api, Api.Reply> call) {
    }

    /** A fresh event with one subscription and one delivered (finished) delivery of it. */
    private record Cell(Fixture f, String webhookId, String deliveryId) {

        static Cell create() {
            Fixture f = Fixture.create();
            String id = Fixture.created(f.admin.post(f.events("/webhooks"),
                    "{\"url\":\"https://127.0.0.1:1/hooks\",\"eventTypes\":[\"guest.rsvp_changed\"],"
                            + "\"active\":true}")).getString("id");
            Fixture.ok(f.admin.patch(f.events("/guests/" + f.guestId), "{\"status\":\"confirmed\"}"));
            // Marked finished in the database: the matrix is about who may ask, not about sending
            // (nothing listens on port 1; WebhookDeliveryIT sends for real).
            assertThat(Db.update("UPDATE webhook_deliveries SET state = 'delivered', finished_at = now()"
                    + " WHERE subscription_id = ?::uuid", id)).isEqualTo(1);
            String delivery = f.admin.get(f.events("/webhooks/" + id + "/deliveries")).array()
                    .getJsonObject(0).getString("id");
            return new Cell(f, id, delivery);
        }

        String hook(String rest) {
            return f.events("/webhooks/" + webhookId + rest);
        }
    }

    private static List<Endpoint> endpoints() {
        List<Endpoint> all = new ArrayList<>();
        all.add(new Endpoint("GET webhooks", 200, (c, a) -> a.get(c.f().events("/webhooks"))));
        all.add(new Endpoint("POST webhooks", 201, (c, a) -> a.post(c.f().events("/webhooks"),
                "{\"url\":\"https://127.0.0.1:1/other\",\"eventTypes\":[\"guest.rsvp_changed\"]}")));
        all.add(new Endpoint("GET webhook", 200, (c, a) -> a.get(c.hook(""))));
        all.add(new Endpoint("DELETE webhook", 204, (c, a) -> a.delete(c.hook(""))));
        all.add(new Endpoint("GET deliveries", 200, (c, a) -> a.get(c.hook("/deliveries"))));
        all.add(new Endpoint("POST redeliver", 200, (c, a) ->
                a.post(c.hook("/deliveries/" + c.deliveryId() + "/redeliver"), "")));
        return all;
    }

    /** Who calls a server-wide endpoint. */
    private enum ServerCaller {
        ANONYMOUS, SIGNED_IN, EVENT_ADMIN, SCANNER, BATCH_OPERATOR, SUPER_ADMIN, OTHER_SUPER_ADMIN;

        Api api(ServerCell cell) {
            return switch (this) {
                case ANONYMOUS -> Api.anonymous();
                case SIGNED_IN -> cell.f().outsider;
                case EVENT_ADMIN -> cell.f().admin;
                case SCANNER -> Api.newUser("scanner");
                case BATCH_OPERATOR -> Api.newUser("batch-operator");
                case SUPER_ADMIN -> cell.owner();
                case OTHER_SUPER_ADMIN -> Api.newUser("super-admin");
            };
        }
    }

    private record ServerEndpoint(String name, int success, BiFunction<ServerCell, Api, Api.Reply> call) {
    }

    /** A server-wide subscription, made by its own super-admin, with one delivered delivery (of a fresh event's change). */
    private record ServerCell(Fixture f, Api owner, String webhookId, String deliveryId) {

        static final String URL = "https://127.0.0.1:1/server-wide-matrix";

        static ServerCell create() {
            Fixture f = Fixture.create();
            Api owner = Api.newUser("super-admin");
            String id = Fixture.created(owner.post("/api/admin/webhooks",
                    "{\"url\":\"" + URL + "\",\"eventTypes\":[\"guest.rsvp_changed\"]}")).getString("id");
            Fixture.ok(f.admin.patch(f.events("/guests/" + f.guestId), "{\"status\":\"confirmed\"}"));
            assertThat(Db.update("UPDATE webhook_deliveries SET state = 'delivered', finished_at = now()"
                    + " WHERE subscription_id = ?::uuid", id)).isEqualTo(1);
            String delivery = owner.get("/api/admin/webhooks/" + id + "/deliveries").array()
                    .getJsonObject(0).getString("id");
            return new ServerCell(f, owner, id, delivery);
        }

        String hook(String rest) {
            return "/api/admin/webhooks/" + webhookId + rest;
        }

        /** Every later test's occurrences would reach a server-wide subscription left behind. */
        static void deleteAll() {
            Db.update("DELETE FROM webhook_subscriptions WHERE event_id IS NULL AND url LIKE ?", URL + "%");
        }
    }

    private static List<ServerEndpoint> serverEndpoints() {
        List<ServerEndpoint> all = new ArrayList<>();
        all.add(new ServerEndpoint("GET server webhooks", 200, (c, a) -> a.get("/api/admin/webhooks")));
        all.add(new ServerEndpoint("POST server webhooks", 201, (c, a) -> a.post("/api/admin/webhooks",
                "{\"url\":\"" + ServerCell.URL + "/other\",\"eventTypes\":[\"job.finished\"]}")));
        all.add(new ServerEndpoint("GET server webhook", 200, (c, a) -> a.get(c.hook(""))));
        all.add(new ServerEndpoint("DELETE server webhook", 204, (c, a) -> a.delete(c.hook(""))));
        all.add(new ServerEndpoint("GET server deliveries", 200, (c, a) -> a.get(c.hook("/deliveries"))));
        all.add(new ServerEndpoint("POST server redeliver", 200, (c, a) ->
                a.post(c.hook("/deliveries/" + c.deliveryId() + "/redeliver"), "")));
        return all;
    }

    @TestFactory
    Stream<DynamicTest> everyServerWideEndpointForEveryCaller() {
        List<DynamicTest> cells = new ArrayList<>();
        for (ServerEndpoint endpoint : serverEndpoints()) {
            for (ServerCaller caller : ServerCaller.values()) {
                cells.add(DynamicTest.dynamicTest(endpoint.name() + " as " + caller, () -> {
                    try {
                        ServerCell cell = ServerCell.create();
                        Api.Reply reply = endpoint.call().apply(cell, caller.api(cell));
                        int status = switch (caller) {
                            case ANONYMOUS -> 401;
                            case SUPER_ADMIN, OTHER_SUPER_ADMIN -> endpoint.success();
                            default -> 403;
                        };
                        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
                        if (status >= 400) {
                            assertThat(reply.isProblem()).as(reply.toString()).isTrue();
                        }
                    } finally {
                        ServerCell.deleteAll();
                    }
                }));
            }
        }
        return cells.stream();
    }

    private static int expected(EventCaller caller, int success) {
        return switch (caller) {
            case ANONYMOUS -> 401;
            case OUTSIDER -> 404;
            case VIEWER, EDITOR -> 403;
            case ADMIN -> success;
        };
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointForEveryCaller() {
        List<DynamicTest> cells = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (EventCaller caller : EventCaller.values()) {
                cells.add(DynamicTest.dynamicTest(endpoint.name() + " as " + caller, () -> {
                    Cell cell = Cell.create();
                    Api.Reply reply = endpoint.call().apply(cell, caller.api(cell.f()));
                    int status = expected(caller, endpoint.success());
                    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
                    if (status >= 400) {
                        assertThat(reply.isProblem()).as(reply.toString()).isTrue();
                    }
                }));
            }
        }
        return cells.stream();
    }
}
