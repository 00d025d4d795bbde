package dev.usher.api;

import dev.usher.api.problems.Problem;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The JAX-RS application: every resource under {@code /api}. */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Usher", version = "1.0",
                description = "Invitations and guest lists for many events at once. Every call needs a bearer "
                        + "token from the organization's identity provider unless marked public; errors are "
                        + "RFC 9457 problem details (application/problem+json)."),
        security = @SecurityRequirement(name = UsherApi.BEARER),
        components = @Components(schemas = {
                @Schema(name = "Problem", implementation = Problem.class),
                // Jobs carry these as text (the batch runtime's names): the document states their values.
                @Schema(name = "JobStatus", type = SchemaType.STRING, description = "The batch runtime's status of a job",
                        enumeration = {"STARTING", "STARTED", "STOPPING", "STOPPED", "FAILED", "COMPLETED", "ABANDONED"}),
                @Schema(name = "JobType", type = SchemaType.STRING, description = "What a job does (its job name)",
                        enumeration = {"guest-import", "invitation-send", "whatsapp-broadcast", "reminder-send"}),
                @Schema(name = "JobParameters", type = SchemaType.OBJECT, additionalProperties = String.class,
                        description = "The job's parameters as text, secret-looking ones elided"),
                @Schema(name = "JobCounts", type = SchemaType.OBJECT, additionalProperties = Long.class,
                        description = "The job's own counters by name, e.g. inserted, duplicates, invalid")}))
@SecurityScheme(securitySchemeName = UsherApi.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT")
public class UsherApi extends Application {

    public static final String BEARER = "bearer";
}
