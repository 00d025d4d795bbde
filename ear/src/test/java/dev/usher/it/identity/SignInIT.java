package dev.usher.it.identity;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.servers.ArquillianIT;
import dev.usher.it.support.standins.Tokens;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-in by bearer token: who gets in, who is refused, and who the caller is. */
class SignInIT extends ArquillianIT {

    @Test
    void aValidTokenNamesTheCallerByEmailLowerCased() {
        Api.Reply me = Api.as("Ann.Example@Example.COM", "super-admin", "scanner").get("/api/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.string("email")).isEqualTo("ann.example@example.com");
        assertThat(me.object().getJsonArray("roles").toString()).contains("user", "super-admin", "scanner").doesNotContain("batch-operator");
    }

    /**
     * Every mix of the claims that name a caller: email wins, then upn, then preferred_username,
     * and none of them needs the others (Keycloak's access token has no upn, Entra ID's has no
     * email). Groups grant roles whatever names the caller.
     */
    @Test
    void theCallerIsTheEmailElseTheUpnElseThePreferredUsername() {
        String email = Api.uniqueEmail("Claims");
        String upn = Api.uniqueEmail("upn");
        String preferred = Api.uniqueEmail("preferred");
        assertCaller(named(email, null, null), email);
        assertCaller(named(null, upn, null), upn);
        assertCaller(named(null, null, preferred), preferred);
        assertCaller(named(email, null, preferred), email);
        assertCaller(named(null, upn, preferred), upn);
        assertCaller(named(email, upn, preferred), email);
    }

    @Test
    void aKeycloakShapedAccessTokenSignsInWithItsGroupsAsRoles() {
        String email = Api.uniqueEmail("keycloak");
        JwtClaims claims = named(email, null, "kc-user");
        claims.setSubject("6f1c2a9e-2b7a-4c55-9d2e-0b1f3c4d5e6f"); // Keycloak's sub is the user's id
        claims.setClaim("typ", "Bearer");
        claims.setClaim("azp", "usher-console");
        claims.setClaim("sid", "0c4b0d2e-1f4a-4e0b-8a3b-5d6e7f809a1b");
        claims.setClaim("scope", "openid email profile");
        claims.setClaim("email_verified", true);
        claims.setClaim("realm_access", Map.of("roles", List.of("default-roles-usher", "offline_access")));
        claims.setStringListClaim("groups", "super-admin", "batch-operator");
        claims.setAudience(Tokens.AUDIENCE, "account");
        Api caller = Api.bearer(Tokens.withClaims(claims));

        Api.Reply me = caller.get("/api/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.string("email")).isEqualTo(email.toLowerCase(Locale.ROOT));
        assertThat(me.object().getJsonArray("roles").toString()).contains("user", "super-admin", "batch-operator")
                .doesNotContain("scanner");
        Api.Reply admin = caller.get("/api/admin/official-invitations");
        assertThat(admin.status()).as(admin.toString()).isEqualTo(200);
    }

    @Test
    void aTokenThatNamesNoCallerIsForbiddenWithAProblemSayingSo() {
        Api.Reply reply = Api.bearer(Tokens.withClaims(named(null, null, null))).get("/api/me");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
        assertThat(reply.isProblem()).as(reply.toString()).isTrue();
        assertThat(reply.toString()).contains("email", "upn", "preferred_username");
    }

    @Test
    void aTokenWithoutASubjectIsUnauthorized() {
        JwtClaims claims = named("no-sub@example.com", null, null);
        claims.unsetClaim("sub");
        Api.Reply reply = Api.bearer(Tokens.withClaims(claims)).get("/api/me");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
    }

    @Test
    void noTokenIsUnauthorizedWithAProblem() {
        Api.Reply reply = Api.anonymous().get("/api/events");
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.isProblem()).as(reply.toString()).isTrue();
    }

    @Test
    void expiredForeignUnsignedAndOtherIssuerTokensAreUnauthorized() {
        for (String token : new String[] {Tokens.expired("a@example.com"), Tokens.foreignSigned("a@example.com"),
                Tokens.unsigned("a@example.com"), Tokens.otherIssuer("a@example.com")}) {
            Api.Reply reply = Api.bearer(token).get("/api/me");
            assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
        }
    }

    @Test
    void aTokenForAnotherAudienceIsUnauthorized() {
        var claims = Tokens.claims("a@example.com", Tokens.ISSUER, Instant.now().plusSeconds(3600));
        claims.setAudience("another-app");
        Api.Reply reply = Api.bearer(Tokens.withClaims(claims)).get("/api/me");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
        // The same claims for Usher's audience pass: the audience alone made the difference.
        claims.setAudience(Tokens.AUDIENCE);
        assertThat(Api.bearer(Tokens.withClaims(claims)).get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void theDevelopmentIssuerIsOffWhenARealIssuerIsConfigured() {
        Api.Reply reply = Api.anonymous().send("POST", "/api/dev/tokens", "email=a@example.com&groups=super-admin",
                "application/x-www-form-urlencoded");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
    }

    /** A valid token whose only caller-naming claims are the given ones (null: left out); sub is an opaque id. */
    private static JwtClaims named(String email, String upn, String preferredUsername) {
        JwtClaims claims = Tokens.claims("unused@example.com", Tokens.ISSUER, Instant.now().plusSeconds(3600), "scanner");
        claims.setSubject(UUID.randomUUID().toString());
        claims.unsetClaim("email");
        claims.unsetClaim("upn");
        if (email != null) {
            claims.setClaim("email", email);
        }
        if (upn != null) {
            claims.setClaim("upn", upn);
        }
        if (preferredUsername != null) {
            claims.setClaim("preferred_username", preferredUsername);
        }
        return claims;
    }

    private static void assertCaller(JwtClaims claims, String expected) {
        Api.Reply me = Api.bearer(Tokens.withClaims(claims)).get("/api/me");
        assertThat(me.status()).as(claims.toJson() + " -> " + me).isEqualTo(200);
        assertThat(me.string("email")).as(claims.toJson()).isEqualTo(expected.toLowerCase(Locale.ROOT));
        assertThat(me.object().getJsonArray("roles").toString()).contains("user", "scanner").doesNotContain("super-admin");
    }
}
