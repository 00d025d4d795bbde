package dev.usher.identity.control;

import dev.usher.platform.errors.ForbiddenException;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.security.Principal;
import java.util.Locale;
import java.util.Optional;

/**
 * Who a token names: the {@code email} claim, else {@code upn}, else
 * {@code preferred_username}, lower-cased; and a display name when the token has one.
 */
public record CallerIdentity(String email, String displayName) {

    public static CallerIdentity of(Principal principal) {
        if (principal instanceof JsonWebToken jwt) {
            String id = firstPresent(jwt, "email", "upn", "preferred_username")
                    .orElseThrow(() -> new ForbiddenException(
                            "The token names no caller: it has no email, upn or preferred_username claim"));
            String name = firstPresent(jwt, "name").orElse(null);
            return new CallerIdentity(id.strip().toLowerCase(Locale.ROOT), name);
        }
        if (principal == null || principal.getName() == null || "UNAUTHENTICATED".equals(principal.getName())) {
            throw new ForbiddenException("The caller is not signed in");
        }
        return new CallerIdentity(principal.getName().strip().toLowerCase(Locale.ROOT), null);
    }

    private static Optional<String> firstPresent(JsonWebToken jwt, String... claims) {
        for (String claim : claims) {
            Object value = jwt.getClaim(claim);
            String text = value == null ? null : value.toString();
            if (text != null && text.startsWith("\"") && text.endsWith("\"") && text.length() > 1) {
                text = text.substring(1, text.length() - 1); // JsonString#toString keeps the quotes
            }
            if (text != null && !text.isBlank()) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }
}
