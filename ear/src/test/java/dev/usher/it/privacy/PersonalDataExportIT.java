package dev.usher.it.privacy;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.fixtures.WhatsAppCalls;
import dev.usher.it.support.servers.ArquillianIT;
import dev.usher.it.support.standins.Mailbox;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static dev.usher.it.support.fixtures.Fixture.created;
import static dev.usher.it.support.fixtures.Fixture.ok;
import static dev.usher.it.support.fixtures.Invites.SUPER_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

/** A super-admin's export of everything held about an e-mail address or a phone number, in every event. */
class PersonalDataExportIT extends ArquillianIT {

    private static String query(String name, String value) {
        return "/api/admin/personal-data?" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void theExportFindsThePersonInEveryEventAndEveryTable() {
        Fixture a = Fixture.create();
        Fixture b = Fixture.create();
        String email = Api.uniqueEmail("Dana.Export");
        String phone = WhatsAppCalls.uniquePhone();
        // Dana signs in, is an editor of event A, a guest of A (e-mailed an invitation) and, by phone only, of B.
        ok(Api.as(email).get("/api/me"));
        created(a.admin.post(a.events("/invite-member"), "{\"email\":\"" + email + "\",\"role\":\"editor\"}"));
        String inA = created(a.admin.post(a.events("/guests"), "{\"firstName\":\"Dana\",\"lastName\":\"Export\","
                + "\"email\":\"" + email + "\",\"phone\":\"" + phone + "\"}")).getString("id");
        String inB = created(b.admin.post(b.events("/guests"), "{\"firstName\":\"Dana\",\"lastName\":\"Export\","
                + "\"phone\":\"" + phone + "\"}")).getString("id");
        ok(a.editor.patch(a.events("/guests/" + inA), "{\"status\":\"confirmed\"}"));
        ok(a.admin.post(a.events("/invitations"), "{\"guestIds\":[\"" + inA + "\"]}"));
        Mailbox.await(email, 1);

        Api.Reply reply = SUPER_ADMIN.get(query("email", email.toUpperCase()));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.header("Cache-Control")).contains("no-store");
        JsonObject byEmail = reply.object();
        assertThat(byEmail.getString("email")).isEqualTo(email.toLowerCase());
        JsonObject account = byEmail.getJsonArray("accounts").getJsonObject(0);
        assertThat(account.getString("email")).isEqualTo(email.toLowerCase());
        assertThat(account.getJsonArray("memberships").getValuesAs(JsonObject.class))
                .anySatisfy(m -> {
                    assertThat(m.getString("eventId")).isEqualTo(a.eventId);
                    assertThat(m.getString("role")).isEqualTo("editor");
                });
        List<JsonObject> guests = byEmail.getJsonArray("guests").getValuesAs(JsonObject.class);
        assertThat(guests).hasSize(1);
        assertThat(guests.get(0).getJsonObject("guest").getString("id")).isEqualTo(inA);
        assertThat(guests.get(0).getJsonArray("statusChanges").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("to")).contains("confirmed");
        assertThat(byEmail.getJsonArray("invitations").getValuesAs(JsonObject.class))
                .extracting(i -> i.getString("guestId")).containsExactly(inA);
        assertThat(byEmail.getJsonArray("deliveries").getValuesAs(JsonObject.class))
                .isNotEmpty().allSatisfy(d -> assertThat(d.getString("eventId")).isEqualTo(a.eventId));

        JsonObject byPhone = ok(SUPER_ADMIN.get(query("phone", phone)));
        assertThat(byPhone.getJsonArray("guests").getValuesAs(JsonObject.class))
                .extracting(g -> g.getJsonObject("guest").getString("id")).containsExactlyInAnyOrder(inA, inB);
        assertThat(byPhone.getJsonArray("accounts")).as("accounts are found by address").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "neither                      | ?                                          | email",
        "both                         | ?email=a%40example.com&phone=%2B972541234567 | email",
        "a local number               | ?phone=054-123-4567                        | phone",
        "not a number                 | ?phone=call+me                             | phone",
    })
    void aBadQueryIsRefusedNamingTheParameter(String what, String query, String field) {
        Api.Reply reply = SUPER_ADMIN.get("/api/admin/personal-data" + query.strip());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.object().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo(field);
    }
}
