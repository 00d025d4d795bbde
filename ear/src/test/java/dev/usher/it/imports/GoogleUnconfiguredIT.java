package dev.usher.it.imports;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.servers.ArquillianIT;
import dev.usher.it.support.servers.ServerConfiguration;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Google not configured, on the real server: a configDropins override blanks USHER_GOOGLE_CLIENT_ID and
 * USHER_GOOGLE_CLIENT_SECRET (as WhatsAppUnconfiguredIT does for WhatsApp), and every Google endpoint
 * answers 503 naming them; removed again, the server imports from Google again.
 */
class GoogleUnconfiguredIT extends ArquillianIT {

    private static final String OVERRIDE = """
            <server>
                <variable name="usher.google.client-id" value=" "/>
                <variable name="usher.google.client-secret" value=" "/>
            </server>
            """;

    @Test
    void withoutTheClientSettingsEveryGoogleEndpointIs503NamingThem() throws Exception {
        Fixture f = Fixture.create();
        Path override = Path.of(System.getProperty("usher.it.serverDir"), "configDropins", "overrides",
                "google-unset-by-test.xml");
        ServerConfiguration.apply(() -> Files.writeString(override, OVERRIDE));
        try {
            List<Api.Reply> replies = List.of(
                    f.editor.get("/api/google/connection"),
                    f.editor.post("/api/google/connection", "{}"),
                    f.editor.delete("/api/google/connection"),
                    f.editor.get("/api/google/contacts"),
                    f.editor.get("/api/google/contact-groups"),
                    f.editor.post(f.events("/guests/import-google"), "{\"contacts\":[\"people/c1\"]}"));
            for (Api.Reply reply : replies) {
                assertThat(reply.status()).as(reply.toString()).isEqualTo(503);
                assertThat(reply.isProblem()).isTrue();
                assertThat(reply.string("detail")).contains("USHER_GOOGLE_CLIENT_ID").contains("USHER_GOOGLE_CLIENT_SECRET");
                assertThat(reply.object().getJsonArray("settings").getValuesAs(JsonString.class))
                        .extracting(JsonString::getString)
                        .containsExactly("USHER_GOOGLE_CLIENT_ID", "USHER_GOOGLE_CLIENT_SECRET");
            }
        } finally {
            ServerConfiguration.apply(() -> Files.deleteIfExists(override));
        }
        assertThat(f.editor.get("/api/google/connection").status()).as("configured again").isEqualTo(200);
    }
}
