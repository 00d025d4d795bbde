package dev.usher.imports.boundary;

import java.util.List;

/**
 * Which Google contacts to import into an event: contact groups ({@code contactGroups/...}) whose
 * members all come, and single contacts ({@code people/...}); at least one of either. {@code dryRun}
 * and {@code duplicates} as for a file.
 */
public record GoogleImportRequest(List<String> groups, List<String> contacts, boolean dryRun, String duplicates) {
}
