package dev.usher.imports.boundary;

import java.util.Map;

/**
 * An uploaded guest file and how to import it: {@code duplicates} is skip (default), update
 * or create-anyway; {@code mapping} names, per guest field, the column to read it from.
 */
public record ImportRequest(String fileName, String contentType, byte[] content, boolean dryRun,
                            String duplicates, Map<String, String> mapping) {
}
