package dev.usher.api.console;

import dev.usher.api.devsignin.DevIssuer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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

    /** The settings as a client at {@code remoteAddress} should use them. */
    public ConsoleConfig forClient(String remoteAddress) {
        Optional<String> configuredIssuer = issuer.map(String::strip).filter(s -> !s.isEmpty());
        if (configuredIssuer.isPresent()) {
            String iss = configuredIssuer.get();
            String discovery = discoveryUrl.map(String::strip).filter(s -> !s.isEmpty())
                    .orElse(iss.replaceAll("/+$", "") + "/.well-known/openid-configuration");
            return new ConsoleConfig("oidc",
                    new ConsoleConfig.OidcSettings(iss, clientId.strip(), scopes.strip(), discovery));
        }
        // The dev sign-in is offered only where POST /api/dev/tokens would answer this client.
        boolean dev = DevIssuer.enabled() && DevIssuer.answers(remoteAddress);
        return new ConsoleConfig(dev ? "dev" : "none", null);
    }
}
