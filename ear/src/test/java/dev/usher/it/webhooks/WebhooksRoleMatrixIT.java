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
 * refusal a problem document.
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
