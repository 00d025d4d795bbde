package dev.usher.imports.control;

import dev.usher.jobs.boundary.RowError;

import java.util.List;

/** What one chunk did (or, in a dry run, would do), and the rows worth reporting (duplicates). */
public record ChunkOutcome(int inserted, int updated, int duplicates, List<RowError> notes) {
}
