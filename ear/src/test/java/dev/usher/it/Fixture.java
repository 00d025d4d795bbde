package dev.usher.it;

import jakarta.json.JsonObject;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh event with one member of each role and one guest, plus a signed-in stranger.
 * Every test makes its own, so tests never depend on each other's data or order.
 */
public final class Fixture {

    public final Api admin;
    public final Api editor;
    public final Api viewer;
    public final Api outsider;
    public final String adminEmail;
    public final String editorEmail;
    public final String viewerEmail;
    public final String eventId;
    public final String editorId;
    public final String viewerId;
    public final String guestId;

    private Fixture() {
        adminEmail = Api.uniqueEmail("admin");
        editorEmail = Api.uniqueEmail("editor");
        viewerEmail = Api.uniqueEmail("viewer");
        admin = Api.as(adminEmail);
        editor = Api.as(editorEmail);
        viewer = Api.as(viewerEmail);
        outsider = Api.newUser();
        eventId = created(admin.post("/api/events", "{\"name\":\"Fixture event\",\"phoneRegion\":\"IL\"}")).getString("id");
        editorId = created(admin.post(events("/invite-member"),
                "{\"email\":\"" + editorEmail + "\",\"role\":\"editor\"}")).getString("userId");
        viewerId = created(admin.post(events("/invite-member"),
                "{\"email\":\"" + viewerEmail + "\",\"role\":\"viewer\"}")).getString("userId");
        guestId = created(admin.post(events("/guests"),
                "{\"firstName\":\"Noa\",\"lastName\":\"Levi\",\"phone\":\"+972 54-765-4321\",\"side\":\"bride\"}"))
                .getString("id");
    }

    public static Fixture create() {
        return new Fixture();
    }

    /** A path under this event, e.g. {@code events("/guests")} is {@code /api/events/{id}/guests}. */
    public String events(String rest) {
        return "/api/events/" + eventId + rest;
    }

    public static JsonObject created(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.object();
    }

    public static JsonObject ok(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object();
    }
}
