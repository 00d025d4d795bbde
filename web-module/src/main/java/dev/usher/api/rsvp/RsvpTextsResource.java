package dev.usher.api.rsvp;

import dev.usher.rsvp.boundary.RsvpPages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/** {@code GET /api/public/rsvp-texts/{language}}: the RSVP page's texts in one language (public; the same for everyone). */
@ApplicationScoped
@Path("public/rsvp-texts/{language}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public")
@SecurityRequirements
public class RsvpTextsResource {

    @Inject
    RsvpPages pages;

    @GET
    @Operation(operationId = "getRsvpTexts", summary = "The guest page's texts in a language (en, he, ...), English for any missing")
    public Map<String, String> texts(@PathParam("language") String language) {
        return pages.texts(language);
    }
}
