package dev.usher.it.rsvp;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.fixtures.Fixture;
import jakarta.json.JsonObject;

import java.util.concurrent.ThreadLocalRandom;

import static dev.usher.it.support.fixtures.Fixture.ok;

/** Helpers of the RSVP tests: a guest's link as an organizer gets it, its token, a guest's own client. */
final class RsvpLinks {

    private RsvpLinks() {
    }

    /** The guest's live link (made if there is none), asked by {@code organizer}. */
    static JsonObject link(Api organizer, Fixture f, String guestId) {
        return ok(organizer.post(f.events("/guests/" + guestId + "/rsvp-link"), null));
    }

    /** The token of a page URL: its fragment. */
    static String token(JsonObject link) {
        String url = link.getString("url");
        return url.substring(url.indexOf('#') + 1);
    }

    static String page(String token) {
        return "/api/public/rsvp/" + token;
    }

    /** A client at an address of its own (the benchmarking range), so no other test shares its rate limit. */
    static Api guestClient() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return Api.anonymous().from("198.18." + r.nextInt(256) + "." + r.nextInt(1, 255));
    }

    static Api.Reply reply(Api client, String token, String json) {
        return client.send("PUT", page(token), json, "application/json");
    }
}
