package dev.usher.it;

import org.junit.jupiter.api.Test;

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
        var claims = Tokens.claims("a@example.com", Tokens.ISSUER, java.time.Instant.now().plusSeconds(3600));
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
}
