package dev.usher.identity.boundary;

import java.util.Set;
import java.util.UUID;

/** The signed-in caller: who the token names and which global roles it carries. */
public record Me(UUID userId, String email, String displayName, Set<String> roles) {
}
