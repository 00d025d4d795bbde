package dev.usher.imports.boundary;

/** Where to send the browser to connect a Google account: Google's consent page, with state and PKCE challenge. */
public record GoogleConnectStart(String authorizationUrl) {
}
