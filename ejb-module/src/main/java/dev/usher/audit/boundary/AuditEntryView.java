package dev.usher.audit.boundary;

import dev.usher.audit.entity.AuditEntry;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** One entry of the trail as the API shows it. */
@Schema(name = "AuditEntry")
public record AuditEntryView(
        UUID id,
        OffsetDateTime recordedAt,
        @Schema(description = "The user who made the change") UUID actorId,
        @Schema(description = "The actor's display name at the time") String actorName,
        @Schema(description = "The actor's e-mail at the time") String actorEmail,
        @Schema(description = "What was done, e.g. guest.updated, member.role_changed") String action,
        @Schema(description = "guest, member (by user id), invitation, event or job") String subjectType,
        UUID subjectId,
        @Schema(description = "The changed fields: {field: {before, after}} for an update; the fields set for a "
                + "creation, those held for a removal, the parameters of a bulk job") JsonObject changes) {

    public static AuditEntryView of(AuditEntry entry) {
        try (var reader = Json.createReader(new StringReader(entry.changes()))) {
            return new AuditEntryView(entry.id(), entry.recordedAt().withOffsetSameInstant(ZoneOffset.UTC),
                    entry.actorId(), entry.actorName(), entry.actorEmail(), entry.action(), entry.subjectType(),
                    entry.subjectId(), reader.readObject());
        }
    }
}
