/** Integration tests of the identity area: sign-in by bearer token, the development issuer, a real Keycloak, tokens kept out of logs. */
package dev.usher.it.identity;
