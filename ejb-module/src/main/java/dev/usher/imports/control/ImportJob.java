package dev.usher.imports.control;

import dev.usher.guests.control.DuplicatePolicy;
import java.util.UUID;

/** What every chunk of one import needs to know: whose list, which file, which policy, for real or not. */
public record ImportJob(long instanceId, UUID eventId, UUID importId, UUID startedBy, DuplicatePolicy policy,
                        boolean dryRun) {
}
