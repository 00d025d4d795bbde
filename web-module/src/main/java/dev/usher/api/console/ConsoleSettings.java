package dev.usher.api.console;

import dev.usher.api.devsignin.DevIssuer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Optional;

/**
 * The console's sign-in settings from MicroProfile Config ({@code USHER_OIDC_ISSUER},
 * {@code USHER_OIDC_CLIENT_ID}, {@code USHER_OIDC_SCOPES}, {@code USHER_OIDC_DISCOVERY_URL}).
 * A provider counts as configured as soon as its issuer is set.
 */
@ApplicationScoped
public class ConsoleSettings {

    @Inject
    @ConfigProperty(name = "usher.oidc.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "usher.oidc.client-id", defaultValue = "usher-console")
    String clientId;

    @Inject
    @ConfigProperty(name = "usher.oidc.scopes", defaultValue = "openid email profile")
    String scopes;

    @Inject
    @ConfigProperty(name = "usher.oidc.discovery-url")
    Optional<String> discoveryUrl;

    /** The provider's issuer and discovery addresses, where the console's browser code connects (none without a provider). */
    public List<String> providerUrls() {
        ConsoleConfig config = forProvider().orElse(null);
        return config == null ? List.of() : List.of(config.oidc().issuer(), config.oidc().discoveryUrl());
    }

    /** The settings as the client of {@code request} should use them. */
    public ConsoleConfig forClient(HttpServletRequest request) {
        Optional<ConsoleConfig> provider = forProvider();
        if (provider.isPresent()) {
            return provider.get();
        }
        // The dev sign-in is offered only where POST /api/dev/tokens would answer this client.
        boolean dev = DevIssuer.enabled() && DevIssuer.answers(request);
        return new ConsoleConfig(dev ? "dev" : "none", null);
    }

    private Optional<ConsoleConfig> forProvider() {
        return issuer.map(String::strip).filter(s -> !s.isEmpty()).map(iss -> {
            String discovery = discoveryUrl.map(String::strip).filter(s -> !s.isEmpty())
                    .orElse(iss.replaceAll("/+$", "") + "/.well-known/openid-configuration");
            return new ConsoleConfig("oidc",
                    new ConsoleConfig.OidcSettings(iss, clientId.strip(), scopes.strip(), discovery));
        });
    }
}
