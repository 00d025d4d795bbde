package dev.usher.it.reminders;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.fixtures.EventCaller;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.fixtures.Images;
import dev.usher.it.support.servers.ArquillianIT;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint added for reminders and the invitation e-mail's brand, preview, test send and
 * count, called by every kind of caller, each cell on a fresh event: no token 401, not a member
 * 404, a member below the endpoint's role 403, else its success; every refusal a problem document.
 */
class ReminderRoleMatrixIT extends ArquillianIT {

    enum Needs {
        VIEWER, EDITOR, ADMIN
    }

    private record Endpoint(String name, Needs needs, int success, BiFunction<Fixture, Api, Api.Reply> call) {
    }

    private static String later() {
        return OffsetDateTime.now(ZoneOffset.UTC).plusDays(2).toString();
    }

    private static String scheduled(Fixture f) {
        return Fixture.created(f.editor.post(f.events("/reminders"),
                "{\"channel\":\"email\",\"sendAt\":\"" + later() + "\"}")).getString("id");
    }

    private static List<Endpoint> endpoints() {
        List<Endpoint> all = new ArrayList<>();
        all.add(new Endpoint("GET invitation-brand", Needs.VIEWER, 200, (f, a) -> a.get(f.events("/invitation-brand"))));
        all.add(new Endpoint("PUT invitation-brand", Needs.ADMIN, 200, (f, a) -> a.send("PUT",
                f.events("/invitation-brand"), "{\"color\":\"#101010\"}", "application/json")));
        all.add(new Endpoint("PUT invitation-brand/image", Needs.ADMIN, 200, (f, a) -> a.sendBytes("PUT",
                f.events("/invitation-brand/image"), Images.PNG, Map.of("Content-Type", "image/png"))));
        all.add(new Endpoint("GET invitation-brand/image", Needs.VIEWER, 200, (f, a) -> {
            f.admin.sendBytes("PUT", f.events("/invitation-brand/image"), Images.PNG,
                    Map.of("Content-Type", "image/png"));
            return a.get(f.events("/invitation-brand/image"));
        }));
        all.add(new Endpoint("DELETE invitation-brand/image", Needs.ADMIN, 200,
                (f, a) -> a.delete(f.events("/invitation-brand/image"))));
        all.add(new Endpoint("POST invitation-mail/preview", Needs.ADMIN, 200,
                (f, a) -> a.post(f.events("/invitation-mail/preview"), "{}")));
        all.add(new Endpoint("POST invitation-mail/test", Needs.ADMIN, 200,
                (f, a) -> a.post(f.events("/invitation-mail/test"), "{}")));
        all.add(new Endpoint("POST invitations/count", Needs.ADMIN, 200,
                (f, a) -> a.post(f.events("/invitations/count"), "{\"filter\":{}}")));
        all.add(new Endpoint("POST reminders", Needs.EDITOR, 201, (f, a) -> a.post(f.events("/reminders"),
                "{\"channel\":\"email\",\"sendAt\":\"" + later() + "\"}")));
        all.add(new Endpoint("GET reminders", Needs.VIEWER, 200, (f, a) -> a.get(f.events("/reminders"))));
        all.add(new Endpoint("POST reminders/{id}/cancel", Needs.EDITOR, 200,
                (f, a) -> a.send("POST", f.events("/reminders/" + scheduled(f) + "/cancel"), null, null)));
        all.add(new Endpoint("GET reminders/count", Needs.EDITOR, 200,
                (f, a) -> a.get(f.events("/reminders/count?channel=whatsapp"))));
        all.add(new Endpoint("POST reminders/preview", Needs.EDITOR, 200,
                (f, a) -> a.post(f.events("/reminders/preview"), "{\"channel\":\"email\"}")));
        return all;
    }

    private static int expected(Endpoint endpoint, EventCaller caller) {
        return switch (caller) {
            case ANONYMOUS -> 401;
            case OUTSIDER -> 404;
            case VIEWER -> endpoint.needs() == Needs.VIEWER ? endpoint.success() : 403;
            case EDITOR -> endpoint.needs() == Needs.ADMIN ? 403 : endpoint.success();
            case ADMIN -> endpoint.success();
        };
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointForEveryCaller() {
        List<DynamicTest> cells = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (EventCaller caller : EventCaller.values()) {
                cells.add(DynamicTest.dynamicTest(endpoint.name() + " as " + caller, () -> {
                    Fixture f = Fixture.create();
                    Api.Reply reply = endpoint.call().apply(f, caller.api(f));
                    int status = expected(endpoint, caller);
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
