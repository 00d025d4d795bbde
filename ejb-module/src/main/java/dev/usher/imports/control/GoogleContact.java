package dev.usher.imports.control;

import java.util.List;

/** One of the user's Google contacts as the picker shows it and the import reads it; groups by resource name. */
public record GoogleContact(String resourceName, String name, String givenName, String familyName, String email,
                            String phone, List<String> groups) {
}
