package dev.usher.it.guests;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.servers.ArquillianIT;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static dev.usher.it.support.fixtures.Fixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

class GuestImportIT extends ArquillianIT {

    @Test
    void everyRowIsReportedAndDuplicatesAreNotInsertedTwice() {
        Fixture f = Fixture.create();
        JsonObject report = ok(f.editor.post(f.events("/guests/import"), """
                [
                  {"firstName": "Yael", "phone": "052-333-4444"},
                  {"firstName": "Yael again", "phone": "+972 52 333 4444"},
                  {"firstName": "Noa twin", "phone": "+972547654321"},
                  {"firstName": "", "email": "nope"},
                  {"firstName": "Omer", "email": "OMER@example.com", "status": "confirmed"},
                  {"firstName": "Omer twin", "email": "omer@example.com"}
                ]"""));
        assertThat(report.getInt("received")).isEqualTo(6);
        assertThat(report.getInt("inserted")).isEqualTo(2);
        assertThat(report.getInt("duplicates")).isEqualTo(3);
        assertThat(report.getInt("invalid")).isEqualTo(1);
        List<JsonObject> rows = report.getJsonArray("rows").getValuesAs(JsonObject.class);
        assertThat(rows).extracting(r -> r.getString("outcome"))
                .containsExactly("inserted", "duplicate", "duplicate", "invalid", "inserted", "duplicate");
        assertThat(rows.get(1).getInt("duplicateOfRow")).isEqualTo(1);
        assertThat(rows.get(2).getString("duplicateOf")).isEqualTo(f.guestId);
        assertThat(rows.get(3).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactlyInAnyOrder("firstName", "email");
        assertThat(ok(f.viewer.get(f.events("/guests"))).getInt("total")).isEqualTo(3);

        JsonObject again = ok(f.editor.post(f.events("/guests/import"),
                "[{\"firstName\":\"Yael\",\"phone\":\"052-333-4444\"}]"));
        assertThat(again.getInt("inserted")).isZero();
        assertThat(again.getInt("duplicates")).isEqualTo(1);
    }

    @Test
    void anAtomicImportWithOneBadRowWritesNothing() {
        Fixture f = Fixture.create();
        Api.Reply reply = f.editor.post(f.events("/guests/import?atomic=true"),
                "[{\"firstName\":\"Good\"},{\"firstName\":\"Bad\",\"phone\":\"abc\"},{\"firstName\":\"Also good\"}]");
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.object().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("[2].phone");
        assertThat(ok(f.viewer.get(f.events("/guests"))).getInt("total")).isEqualTo(1);
    }

    @Test
    void tooManyRowsAreRefusedBeforeAnythingIsWritten() {
        Fixture f = Fixture.create();
        String rows = IntStream.range(0, 5_001).mapToObj(i -> "{\"firstName\":\"G" + i + "\"}")
                .collect(Collectors.joining(",", "[", "]"));
        Api.Reply reply = f.editor.post(f.events("/guests/import"), rows);
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.object().getString("detail")).contains("5000");
        assertThat(ok(f.viewer.get(f.events("/guests"))).getInt("total")).isEqualTo(1);
    }
}
