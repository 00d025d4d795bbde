package dev.usher.api.input;

import dev.usher.api.problems.Problems;
import dev.usher.platform.errors.BadRequestException;
import dev.usher.platform.validation.NulCharacter;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.security.Principal;
import java.util.List;
import java.util.Map;

/**
 * {@link NulCharacter} for everything a request carries besides its body, before any resource
 * runs: the decoded path, query parameters, header values and the claims of the caller's token.
 * A query string with a broken percent-escape is refused here too (400), rather than left to fail
 * wherever it is first decoded. JSON bodies are checked by {@link StrictJsonReader}.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestTextFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        try {
            check(request);
        } catch (BadRequestException refused) {
            request.abortWith(Problems.of(refused));
        }
    }

    private static void check(ContainerRequestContext request) {
        if (NulCharacter.in(request.getUriInfo().getPath(true))) {
            throw new BadRequestException("The path " + NulCharacter.MESSAGE);
        }
        MultivaluedMap<String, String> query;
        try {
            query = request.getUriInfo().getQueryParameters(true);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("The query string has a broken percent-escape (such as %zz)");
        }
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            if (NulCharacter.in(parameter.getKey()) || parameter.getValue().stream().anyMatch(NulCharacter::in)) {
                throw new BadRequestException("Query parameter " + printable(parameter.getKey()) + " " + NulCharacter.MESSAGE);
            }
        }
        for (Map.Entry<String, List<String>> header : request.getHeaders().entrySet()) {
            if (header.getValue().stream().anyMatch(NulCharacter::in)) {
                throw new BadRequestException("Header " + printable(header.getKey()) + " " + NulCharacter.MESSAGE);
            }
        }
        Principal caller = request.getSecurityContext().getUserPrincipal();
        if (caller instanceof JsonWebToken token) {
            for (String claim : token.getClaimNames()) {
                Object value = token.getClaim(claim); // typed Object: String.valueOf(char[]) must not be chosen
                if (NulCharacter.in(claim) || NulCharacter.in(String.valueOf(value))) {
                    throw new BadRequestException("The token's claim " + printable(claim) + " " + NulCharacter.MESSAGE);
                }
            }
        }
    }

    private static String printable(String name) {
        String shown = name.replace('\0', '?');
        return "'" + (shown.length() > 100 ? shown.substring(0, 100) + "..." : shown) + "'";
    }
}
