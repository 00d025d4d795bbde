package dev.usher.it.rsvp;

import dev.usher.it.support.fixtures.Fixture;
import jakarta.json.JsonObject;

import java.util.List;

import static dev.usher.it.rsvp.RsvpLinks.link;
import static dev.usher.it.support.fixtures.Fixture.created;
import static dev.usher.it.support.fixtures.Fixture.ok;

/**
 * The fixture's guest as the household of Noa and Avi, who may bring one plus-one, at an event asking a
 * required meal and dietary tags of each member who comes and a song once per household.
 */
record RsvpHousehold(Fixture f, String token, String meal, String dietary, String song, String noa, String avi) {

    static RsvpHousehold create(String eventSettings) {
        Fixture f = Fixture.create();
        ok(f.admin.patch(f.events(""), eventSettings));
        String meal = created(f.editor.post(f.events("/questions"), "{\"label\":\"Meal\",\"kind\":\"choice\","
                + "\"required\":true,\"options\":[\"Fish\",\"Meat\",\"Vegan\"]}")).getString("id");
        String dietary = created(f.editor.post(f.events("/questions"), "{\"label\":\"Dietary needs\","
                + "\"kind\":\"dietary\",\"options\":[\"Gluten-free\",\"Kosher\"]}")).getString("id");
        String song = created(f.editor.post(f.events("/questions"), "{\"label\":\"A song for the DJ\","
                + "\"kind\":\"text\",\"scope\":\"household\"}")).getString("id");
        JsonObject guest = ok(f.editor.put(f.events("/guests/" + f.guestId + "/household"),
                "{\"plusOnesAllowed\":1,\"members\":[{\"name\":\"Noa\"},{\"name\":\"Avi\"}]}"));
        List<String> ids = guest.getJsonArray("members").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("id")).toList();
        return new RsvpHousehold(f, RsvpLinks.token(link(f.editor, f, f.guestId)), meal, dietary, song, ids.get(0), ids.get(1));
    }

    /** Noa comes (with these answers), Avi does not, Ron comes along (Meat), the household's song. */
    String reply(String noaAnswers, String plusOnes) {
        return "{\"members\":[{\"id\":\"" + noa + "\",\"attending\":\"yes\",\"answers\":" + noaAnswers + "},"
                + "{\"id\":\"" + avi + "\",\"attending\":\"no\"}],\"plusOnes\":" + plusOnes + ","
                + "\"answers\":{\"" + song + "\":\"Hey Jude\"}}";
    }

    String valid() {
        return reply("{\"" + meal + "\":\"Fish\",\"" + dietary + "\":[\"Kosher\"]}",
                "[{\"name\":\" Ron \",\"answers\":{\"" + meal + "\":\"Meat\"}}]");
    }

    JsonObject organizersView() {
        return ok(f.viewer.get(f.events("/guests/" + f.guestId)));
    }
}
