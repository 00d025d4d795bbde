package dev.usher.api.console;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How the web console signs in: {@code oidc} (the provider below), {@code dev} (the
 * development issuer, only when no provider is configured) or {@code none}.
 */
@Schema(name = "ConsoleConfig")
public record ConsoleConfig(
        @Schema(enumeration = {"oidc", "dev", "none"}) String signIn,
        OidcSettings oidc) {

    /**
     * The OpenID Connect provider the console signs in with (authorization code with PKCE).
     * The console checks that the discovery document names {@code issuer}, and sends the
     * access token as the bearer token to the API.
     */
    @Schema(name = "OidcSettings")
    public record OidcSettings(String issuer, String clientId, String scopes, String discoveryUrl) {
    }
}
