package dev.usher.it.platform;

import dev.usher.it.support.browsers.Browser;
import dev.usher.it.support.browsers.Browsers;
import dev.usher.it.support.clients.Api;
import dev.usher.it.support.servers.ReadmeServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a newcomer meets is what the tests tested: Usher started the README's way
 * ({@link ReadmeServer}, {@code mvn -Prun package}) serves a console that leaves its boot text,
 * the public invitation page a QR code opens, the OpenAPI document with every operation the
 * build generated, and guests' RSVP links (the run makes its own development secret). Once the run deployed a loose application that left out what the WAR build
 * filters and generates, and all three were broken while every other test passed. Its own
 * failsafe execution (the tag), after the test servers have stopped.
 */
@Tag("run-path")
class RunPathIT {

    private static ReadmeServer server;

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @BeforeAll
    static void start() {
        server = new ReadmeServer();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theConsoleOffersTheDevSignInAndSignsIn() {
        Browser browser = browsers.open();
        browser.driver().get(server.baseUrl() + "/");
        browser.waitFor(By.id("dev-sign-in"));
        assertThat(browser.text(By.tagName("body"))).doesNotContain("Loading Usher");

        String email = Api.uniqueEmail("newcomer");
        browser.type(By.id("dev-email"), email);
        browser.click(By.cssSelector("#dev-sign-in input[value=super-admin]"));
        browser.click(By.cssSelector("#dev-sign-in button[type=submit]"));
        browser.waitForText(By.id("me-email"), email);
        // The role comes from the run's own bindings (usher-app.xml), as the container decides it.
        assertThat(browser.text(By.cssSelector(".who .roles"))).contains("super-admin");
    }

    @Test
    void theInvitationPageAnswersForACodeNoInvitationHas() {
        Browser browser = browsers.open(390, 844);
        browser.driver().get(server.baseUrl() + "/validate-invitation?token=NoInvitationHasThisCode0123");
        browser.waitForText(By.id("validate-word"), "Not valid");
        assertThat(browser.text(By.id("validate-reason"))).isEqualTo("No invitation has this code.");
    }

    @Test
    void guestsGetRsvpLinksWithoutASecretBeingConfigured() throws IOException {
        Api anonymous = Api.anonymous().at(server.baseUrl());
        Api.Reply issued = anonymous.post("/api/dev/tokens", "{\"email\":\"" + Api.uniqueEmail("run.organizer")
                + "\",\"groups\":[]}");
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        Api organizer = Api.bearer(issued.object().getString("token")).at(server.baseUrl());
        Api.Reply event = organizer.post("/api/events", "{\"name\":\"Run path\",\"phoneRegion\":\"IL\"}");
        assertThat(event.status()).as(event.toString()).isEqualTo(201);
        String eventId = event.object().getString("id");
        Api.Reply guest = organizer.post("/api/events/" + eventId + "/guests", "{\"firstName\":\"Noa\"}");
        assertThat(guest.status()).as(guest.toString()).isEqualTo(201);

        // The run sets no USHER_RSVP_LINK_SECRET: it made one beside the development issuer's key.
        Api.Reply link = organizer.post("/api/events/" + eventId + "/guests/" + guest.object().getString("id")
                + "/rsvp-link", null);
        assertThat(link.status()).as(link.toString()).isEqualTo(200);
        assertThat(link.object().getString("url")).contains("/rsvp.html#");
        Path secret = server.devIssuerKeyDirectory().resolve("rsvp-link-secret");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)))
                .isEqualTo("rw-------");
        assertThat(Files.readString(secret).strip()).hasSizeGreaterThanOrEqualTo(32);
    }

    @Test
    void theOpenApiDocumentHasEveryOperationTheBuildGenerated() {
        Api.Reply served = Api.anonymous().at(server.baseUrl()).get("/openapi?format=JSON");
        assertThat(served.status()).as(served.toString()).isEqualTo(200);
        Set<String> operations = operations(served.object());
        assertThat(operations).hasSizeGreaterThan(50)
                .contains("post /api/events", "get /api/events/{eventId}/guests", "post /api/check-ins",
                        "get /api/validate-invitation/{token}")
                .isEqualTo(operations(generated()));
    }

    /** "method path" of every operation in an OpenAPI document. */
    private static Set<String> operations(JsonObject document) {
        Set<String> operations = new TreeSet<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().keySet().stream()
                .filter(Set.of("get", "put", "post", "delete", "patch", "head", "options")::contains)
                .forEach(method -> operations.add(method + " " + path)));
        return operations;
    }

    /** The document the build generated into the WAR (web-module/target/generated-openapi). */
    private static JsonObject generated() {
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(Path.of(System.getProperty("usher.it.run.openapi"))))) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
