package dev.usher.it.platform;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.fixtures.ReadmeScenario;
import dev.usher.it.support.servers.ArquillianIT;
import dev.usher.it.support.standins.Tokens;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What operators and client generators rely on: health, the OpenAPI document, clean logs. */
class PlatformIT extends ArquillianIT {

    /** The README's walk-through on one server (ClusterIT runs the same one through the load balancer). */
    @Test
    void theReadmesWalkThroughWorksOnOneServer() {
        assertThat(ReadmeScenario.runAt(Api.baseUrl())).as("no balancer names a server here").isEmpty();
    }

    @Test
    void readinessReportsTheDatabaseAndItsSchema() {
        Api.Reply ready = Api.anonymous().get("/health/ready");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body()).contains("\"database\"").contains("\"UP\"").contains("schemaVersion");
    }

    @Test
    void theOpenApiDocumentDescribesEveryOperationItsSchemasAndErrors() {
        Api.Reply doc = Api.anonymous().get("/openapi?format=JSON");
        assertThat(doc.status()).isEqualTo(200);
        var root = doc.object();
        assertThat(root.getJsonObject("components").getJsonObject("securitySchemes").getJsonObject("bearer")
                .getString("scheme")).isEqualTo("bearer");
        assertThat(root.getJsonObject("components").getJsonObject("schemas").keySet())
                .contains("Problem", "EventInput", "GuestInput", "GuestView", "EventStats", "ImportReport");
        String text = doc.body();
        for (String operation : new String[] {"createEvent", "listMyEvents", "getEvent", "updateEvent", "deleteEvent",
                "listMembers", "getMember", "inviteMember", "changeMemberRole", "removeMember", "addGuest", "listGuests",
                "getGuest", "updateGuest", "deleteGuest", "importGuests", "getEventStats", "getMe"}) {
            assertThat(text).as(operation).contains("\"operationId\" : \"" + operation + "\"");
        }
        var addGuest = root.getJsonObject("paths").getJsonObject("/api/events/{eventId}/guests").getJsonObject("post");
        assertThat(addGuest.getJsonObject("responses").keySet()).contains("201", "400", "401", "403", "404", "409", "422");
        assertThat(addGuest.getJsonObject("responses").getJsonObject("422").getJsonObject("content").keySet())
                .containsExactly("application/problem+json");
        assertThat(Api.anonymous().get("/openapi/ui/").status()).isEqualTo(200);
    }

    @Test
    void aRefusedTokenIsNotWrittenToTheServerLog() throws IOException {
        String token = Tokens.foreignSigned("mallory@example.com");
        assertThat(Api.bearer(token).get("/api/me").status()).isEqualTo(401);
        Path log = Path.of(System.getProperty("usher.it.serverDir"), "logs", "messages.log");
        String signature = token.substring(token.lastIndexOf('.') + 1);
        assertThat(Files.readString(log)).doesNotContain(signature);
    }
}
