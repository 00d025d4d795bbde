package dev.usher.google;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class GoogleSettingsTest {

    private static GoogleSettings of(Map<String, String> values) {
        return GoogleSettings.from(key -> Optional.ofNullable(values.get(key)));
    }

    @Test
    void withNothingSetTheClientAndTheSecretsKeyAreNamedAndGooglesOwnEndpointsAreTheDefaults() {
        GoogleSettings settings = of(Map.of());
        assertThat(settings.missing()).containsExactly("USHER_GOOGLE_CLIENT_ID", "USHER_GOOGLE_CLIENT_SECRET",
                "USHER_SECRETS_KEY");
        assertThat(settings.authorizationUrl()).isEqualTo("https://accounts.google.com/o/oauth2/v2/auth");
        assertThat(settings.tokenUrl()).isEqualTo("https://oauth2.googleapis.com/token");
        assertThat(settings.revokeUrl()).isEqualTo("https://oauth2.googleapis.com/revoke");
        assertThat(settings.peopleUrl()).isEqualTo("https://people.googleapis.com");
    }

    @Test
    void aBlankValueCountsAsUnsetAndABadUrlIsNamed() {
        GoogleSettings settings = of(Map.of("usher.google.client-id", " ", "usher.google.client-secret", "s3cret",
                "usher.secrets.key", "k", "usher.google.people-url", "ftp://people"));
        assertThat(settings.missing()).containsExactly("USHER_GOOGLE_CLIENT_ID", "USHER_GOOGLE_PEOPLE_URL");
        assertThat(settings.toString()).doesNotContain("s3cret");
    }

    @Test
    void configuredItMissesNothing() {
        GoogleSettings settings = of(Map.of("usher.google.client-id", "id", "usher.google.client-secret", "s",
                "usher.secrets.key", "k", "usher.google.people-url", "http://127.0.0.1:1/"));
        assertThat(settings.missing()).isEmpty();
        assertThat(settings.peopleBase()).isEqualTo("http://127.0.0.1:1");
    }

    @Test
    void theChallengeIsTheUnpaddedBase64UrlOfTheVerifiersSha256() {
        // RFC 7636, appendix B
        assertThat(Pkce.challengeOf("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))
                .isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
        Pkce pkce = Pkce.create();
        assertThat(pkce.verifier()).hasSize(43);
        assertThat(pkce.challenge()).isEqualTo(Pkce.challengeOf(pkce.verifier()));
    }
}
