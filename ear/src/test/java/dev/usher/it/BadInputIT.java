package dev.usher.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.usher.it.Fixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** Bad input is a 4xx problem that names what is wrong, and nothing is written. */
class BadInputIT extends ArquillianIT {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed JSON            | {"firstName": "Dana",        | 400 | line 1
            a JSON array, not object  | ["Dana"]                     | 400 | not valid JSON for this request
            unknown status            | {"firstName":"Dana","status":"maybe"} | 400 | invited, confirmed, declined
            wrong type                | {"firstName":"Dana","partySize":"three"} | 400 | partySize
            missing first name        | {"lastName":"Cohen"}         | 422 | firstName
            invalid phone             | {"firstName":"Dana","phone":"12"} | 422 | phone: is too short
            letters in phone          | {"firstName":"Dana","phone":"+972 54 CALL"} | 422 | phone
            invalid email             | {"firstName":"Dana","email":"dana@"} | 422 | email
            party of zero             | {"firstName":"Dana","partySize":0} | 422 | partySize
            """)
    void aBadGuestIsRefusedAndNothingIsWritten(String what, String body, int status, String detail) {
        Fixture f = Fixture.create();
        Api.Reply reply = f.editor.post(f.events("/guests"), body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.body()).contains(detail);
        assertThat(ok(f.viewer.get(f.events("/guests"))).getInt("total")).isEqualTo(1);
    }

    @Test
    void anOverLongFieldIsNamed() {
        Fixture f = Fixture.create();
        Api.Reply reply = f.editor.post(f.events("/guests"), "{\"firstName\":\"" + "x".repeat(101) + "\"}");
        assertThat(reply.status()).isEqualTo(422);
        JsonObject error = reply.object().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("firstName");
        assertThat(error.getString("message")).contains("100");
    }

    @Test
    void anOversizedBodyIs413AndNothingIsWritten() {
        Fixture f = Fixture.create();
        String notes = "n".repeat(11 * 1024 * 1024);
        Api.Reply reply = f.editor.post(f.events("/guests"), "{\"firstName\":\"Big\",\"notes\":\"" + notes + "\"}");
        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.isProblem()).isTrue();
        assertThat(ok(f.viewer.get(f.events("/guests"))).getInt("total")).isEqualTo(1);
    }

    @Test
    void anEventWithoutANameOrWithABadTimeZoneIsRefused() {
        Api ann = Api.newUser();
        Api.Reply reply = ann.post("/api/events", "{\"name\":\" \",\"timeZone\":\"Mars/Base\",\"phoneRegion\":\"XX\"}");
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.object().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactlyInAnyOrder("name", "timeZone", "phoneRegion");
        assertThat(ann.get("/api/events").array()).isEmpty();
    }

    @Test
    void anUnknownPatchFieldIsNamedAndNothingChanges() {
        Fixture f = Fixture.create();
        Api.Reply reply = f.admin.patch(f.events(""), "{\"name\":\"Renamed\",\"owner\":\"me\"}");
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body()).contains("owner");
        assertThat(ok(f.admin.get(f.events(""))).getString("name")).isEqualTo("Fixture event");
    }

    @Test
    void badQueryParametersAreNamed() {
        Fixture f = Fixture.create();
        for (String query : new String[] {"limit=abc", "limit=9999", "status=maybe", "sort=password", "skip=-1"}) {
            Api.Reply reply = f.viewer.get(f.events("/guests?" + query));
            assertThat(reply.status()).as(query).isEqualTo(400);
            assertThat(reply.object().getString("detail")).as(query).contains(query.substring(0, query.indexOf('=')));
        }
    }

    @Test
    void aWrongMediaTypeOrPathIsAProblemToo() {
        Fixture f = Fixture.create();
        Api.Reply xml = f.editor.send("POST", f.events("/guests"), "<guest/>", "application/xml");
        assertThat(xml.status()).isEqualTo(415);
        assertThat(xml.isProblem()).isTrue();
        Api.Reply notAnId = f.editor.get("/api/events/not-a-uuid");
        assertThat(notAnId.status()).isEqualTo(404);
        assertThat(notAnId.isProblem()).isTrue();
    }
}
