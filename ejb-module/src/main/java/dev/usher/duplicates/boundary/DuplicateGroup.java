package dev.usher.duplicates.boundary;

import dev.usher.guests.boundary.GuestView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Guests who are likely one person, side by side. */
@Schema(name = "DuplicateGroup")
public record DuplicateGroup(
        @Schema(description = "phone, email or name", enumeration = {"phone", "email", "name"}) String reason,
        @Schema(description = "The shared phone (E.164) or e-mail; null for similar names") String key,
        @Schema(description = "0..1: same phone or e-mail 0.8 plus up to 0.2 for name likeness; similar names their pg_trgm similarity")
        double score,
        @Schema(description = "Why, in words") String explanation,
        List<GuestView> guests) {
}
