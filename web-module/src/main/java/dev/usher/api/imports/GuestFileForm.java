package dev.usher.api.imports;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The multipart form of importGuestFile as the OpenAPI document describes it. The resource
 * reads the parts itself (a file part is a JAX-RS {@code EntityPart}, which is no schema a
 * client can fill); this record only gives generated clients the parts' names and types.
 */
@Schema(name = "GuestFileForm", requiredProperties = "file")
public record GuestFileForm(
        @Schema(type = SchemaType.STRING, format = "binary",
                description = "The guest file, CSV or XLSX, sent as a file part (with a filename)") String file,
        @Schema(description = "Check every row and report, write nothing (default false)") Boolean dryRun,
        @Schema(enumeration = {"skip", "update", "create-anyway"}, defaultValue = "skip",
                description = "What to do with a row whose phone or e-mail matches a guest") String duplicates,
        @Schema(description = "A JSON object from guest field to column header, e.g. {\"firstName\":\"Prénom\"}; "
                + "columns named like the fields need no mapping") String mapping) {
}
