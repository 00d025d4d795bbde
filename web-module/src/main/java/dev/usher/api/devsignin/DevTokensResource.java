package dev.usher.api.devsignin;

import dev.usher.identity.control.Roles;
import dev.usher.platform.errors.FieldError;
import dev.usher.platform.errors.InvalidInputException;
import dev.usher.platform.errors.NotFoundException;
import dev.usher.platform.validation.EmailAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code POST /api/dev/tokens}: signs a token for any e-mail and groups, for trying Usher
 * without an identity provider. Public but off (404) once a real issuer is configured, and
 * answering only requests straight from this machine (loopback peer and {@code Host}, no proxy)
 * unless {@code USHER_DEV_ISSUER_REMOTE=true}.
 */
@RequestScoped
@Path("dev/tokens")
@Tag(name = "Development sign-in")
@SecurityRequirements
public class DevTokensResource {

    private static final Set<String> GROUPS = Set.of(Roles.SUPER_ADMIN, Roles.SCANNER, Roles.BATCH_OPERATOR);
    private static final Pattern EMAIL = Pattern.compile(EmailAddress.PATTERN);
    private static final Duration MAX_LIFETIME = Duration.ofDays(7);

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    /** What the console's dev sign-in sends. */
    public record TokenRequest(String email, List<String> groups, Integer lifetimeMinutes) {
    }

    /** A signed token and what it says. */
    public record TokenResponse(String token, String tokenType, String email, List<String> groups,
                                Instant expiresAt) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @Operation(operationId = "createDevToken", summary = "Sign a development token (only without a configured identity provider)",
            description = "The same fields as JSON or as a form (groups repeated or comma-separated). The answer is "
                    + "JSON, or the bare token as one line of text when text/plain is asked first (or a form comes "
                    + "with no Accept), for curl -d email=...")
    @RequestBody(content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenRequest.class)),
            @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED, schema = @Schema(implementation = TokenRequest.class))})
    @APIResponse(responseCode = "200", description = "The signed token", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenResponse.class)),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", description = "An identity provider is configured, or the caller is not on "
            + "loopback: there is no development sign-in")
    public Response fromJson(TokenRequest body) {
        if (body == null) {
            throw new InvalidInputException("body", "must name an email");
        }
        return issue(body.email(), body.groups(), body.lifetimeMinutes());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
    @Operation(hidden = true) // the same operation for curl -d email=... -d groups=...
    public Response fromForm(@FormParam("email") String email, @FormParam("groups") List<String> groups,
                             @FormParam("lifetimeMinutes") Integer lifetimeMinutes) {
        return issue(email, groups, lifetimeMinutes);
    }

    private Response issue(String email, List<String> rawGroups, Integer lifetimeMinutes) {
        if (!DevIssuer.enabled() || !DevIssuer.answers(request)) {
            throw new NotFoundException("No such resource");
        }
        List<String> groups = groups(rawGroups);
        List<FieldError> errors = new ArrayList<>();
        if (email == null || !EMAIL.matcher(email.strip()).matches()) {
            errors.add(new FieldError("email", "must be an e-mail address such as ann@example.com"));
        }
        groups.stream().filter(g -> !GROUPS.contains(g)).forEach(g ->
                errors.add(new FieldError("groups", "'" + g + "' is not one of super-admin, scanner, batch-operator")));
        Duration lifetime = Duration.ofMinutes(lifetimeMinutes == null ? 12 * 60 : lifetimeMinutes);
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(MAX_LIFETIME) > 0) {
            errors.add(new FieldError("lifetimeMinutes", "must be between 1 and " + MAX_LIFETIME.toMinutes()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String normalized = email.strip().toLowerCase(Locale.ROOT);
        String token = DevIssuer.mint(normalized, groups, lifetime);
        if (prefersText()) {
            return Response.ok(token + "\n", MediaType.TEXT_PLAIN_TYPE).build();
        }
        return Response.ok(new TokenResponse(token, "Bearer", normalized, groups, Instant.now().plus(lifetime)),
                MediaType.APPLICATION_JSON_TYPE).build();
    }

    private boolean prefersText() {
        List<MediaType> accepted = headers.getAcceptableMediaTypes();
        return !accepted.isEmpty() && MediaType.TEXT_PLAIN_TYPE.isCompatible(accepted.get(0))
                && !accepted.get(0).isWildcardType()
                || (accepted.isEmpty() || accepted.get(0).isWildcardType())
                && MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(headers.getMediaType());
    }

    /** Groups may come as repeated values or comma-separated; blanks are ignored. */
    private static List<String> groups(List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        return raw.stream()
                .filter(g -> g != null)
                .flatMap(g -> Arrays.stream(g.split(",")))
                .map(String::strip)
                .filter(g -> !g.isEmpty())
                .distinct()
                .toList();
    }
}
