package dev.usher.webhooks.control;

import dev.usher.platform.errors.FieldError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookUrlsTest {

    private static Optional<FieldError> check(String url, boolean allowLoopback) {
        WebhookUrls urls = new WebhookUrls();
        urls.allowLoopback = allowLoopback;
        return urls.problem(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://crm.example/usher", "https://crm.example:8443/in?x=1", "HTTPS://CRM.EXAMPLE/a",
            "https://203.0.113.7/in"})
    void httpsToAnotherHostIsAccepted(String url) {
        assertThat(check(url, false)).isEmpty();
        assertThat(check(url, true)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://crm.example/usher", "ftp://crm.example/a", "not a url", "/relative", "crm.example",
            "https://user:pw@crm.example/a", "https://crm.example/a#part", "mailto:a@crm.example", "https:///nohost"})
    void otherSchemesCredentialsAndNonUrlsAreRefusedNamingTheField(String url) {
        assertThat(check(url, false)).get().extracting(FieldError::field).isEqualTo("url");
        assertThat(check(url, true)).get().extracting(FieldError::field).isEqualTo("url");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/hooks", "https://127.0.0.1/hooks", "http://localhost/hooks",
            "http://[::1]:9000/hooks", "https://api.localhost/x"})
    void loopbackIsRefusedUnlessAllowedAndThenPlainHttpToItToo(String url) {
        assertThat(check(url, false)).get().extracting(FieldError::message).asString().contains("loopback");
        assertThat(check(url, true)).isEmpty();
    }
}
