package dev.usher.it.identity;

import dev.usher.it.support.browsers.Browser;
import dev.usher.it.support.browsers.Browsers;
import dev.usher.it.support.clients.Api;
import dev.usher.it.support.servers.KeycloakBed;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in against a real OpenID provider: Keycloak, with the realm a README reader would set up
 * (a public console client with PKCE, a groups mapper, an audience mapper), and a Usher server
 * configured only through the documented environment variables. The console signs in on
 * Keycloak's own login page; the API takes Keycloak's access tokens (no {@code upn} in them)
 * with roles from its groups; a signing key rotated at Keycloak is trusted without a restart.
 */
@Tag(KeycloakBed.TAG)
class KeycloakSignInIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void aKeycloakUserSignsInOnKeycloaksPageAndRunsAnEventInTheConsole() {
        KeycloakBed.Running bed = KeycloakBed.await();
        Browser browser = browsers.open();
        String token = signIn(browser, bed, "dana");
        assertThat(browser.text(By.cssSelector(".who .roles"))).contains("super-admin");
        assertThat(browser.driver().getCurrentUrl()).startsWith(bed.usherUrl()).doesNotContain("code=");
        assertThat(claims(token)).contains("\"preferred_username\":\"dana\"").doesNotContain("\"upn\"");

        // The console's calls carry Keycloak's access token: a new event is created and opened.
        browser.click(By.id("new-event"));
        browser.type(By.id("event-name"), "Keycloak gala");
        browser.click(By.cssSelector("usher-event-form button[type=submit]"));
        browser.waitForText(By.cssSelector("main h1"), "Keycloak gala");
        assertThat(browser.text(By.id("my-role"))).isEqualTo("admin");

        Api dana = Api.bearer(token).at(bed.usherUrl());
        Api.Reply events = dana.get("/api/events");
        assertThat(events.status()).as(events.toString()).isEqualTo(200);
        assertThat(events.toString()).contains("Keycloak gala");
        Api.Reply admin = dana.get("/api/admin/official-invitations");
        assertThat(admin.status()).as(admin.toString()).isEqualTo(200);
    }

    @Test
    void aUserOutsideTheSuperAdminGroupIsAUserButNotASuperAdmin() {
        KeycloakBed.Running bed = KeycloakBed.await();
        Browser browser = browsers.open();
        String token = signIn(browser, bed, "omer");
        Api omer = Api.bearer(token).at(bed.usherUrl());
        Api.Reply me = omer.get("/api/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.object().getJsonArray("roles").toString()).contains("user").doesNotContain("super-admin");
        Api.Reply admin = omer.get("/api/admin/official-invitations");
        assertThat(admin.status()).as(admin.toString()).isEqualTo(403);
        assertThat(admin.isProblem()).as(admin.toString()).isTrue();
    }

    @Test
    void aSigningKeyRotatedAtKeycloakIsTrustedWithoutARestart() {
        KeycloakBed.Running bed = KeycloakBed.await();
        String before = signIn(browsers.open(), bed, "dana");
        assertThat(Api.bearer(before).at(bed.usherUrl()).get("/api/me").status()).isEqualTo(200);

        bed.keycloak().rotateSigningKey();
        String oldKey = keyId(before);
        assertThat(bed.keycloak().jwks()).doesNotContain(oldKey);

        String after = signIn(browsers.open(), bed, "dana");
        assertThat(keyId(after)).isNotEqualTo(oldKey);
        Api.Reply me = Api.bearer(after).at(bed.usherUrl()).get("/api/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.string("email")).isEqualTo("dana.organizer@usher.test");
    }

    /** Signs in through the console on Keycloak's login form; returns the access token the console holds. */
    private static String signIn(Browser browser, KeycloakBed.Running bed, String username) {
        browser.driver().get(bed.usherUrl() + "/");
        browser.click(By.id("oidc-sign-in"));
        browser.waitFor(By.id("kc-login"));
        assertThat(browser.driver().getCurrentUrl()).startsWith(bed.keycloak().issuer() + "/protocol/openid-connect/auth");
        browser.type(By.id("username"), username);
        browser.type(By.id("password"), bed.keycloak().password(username));
        browser.click(By.id("kc-login"));
        browser.waitForText(By.id("me-email"), "@usher.test");
        return (String) browser.script("return JSON.parse(sessionStorage.getItem('usher.session')).token;");
    }

    private static String claims(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    private static String keyId(String jwt) {
        String header = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[0]), StandardCharsets.UTF_8);
        return header.replaceAll(".*\"kid\":\"([^\"]+)\".*", "$1");
    }
}
