package dev.usher.imports.control;

/** A Google contact group (a label, or a system group such as "myContacts"). */
public record GoogleContactGroup(String resourceName, String name, int memberCount) {
}
