package dev.usher.api.problems;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The error page for statuses the web container decides before JAX-RS runs (a missing or
 * invalid bearer token, a path it cannot decode), so they too are problem details.
 */
@WebServlet("/problem/*")
public class ContainerErrorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute("jakarta.servlet.error.status_code");
        int status = code instanceof Integer i && i >= 400 ? i : HttpServletResponse.SC_NOT_FOUND;
        Problem problem = switch (status) {
            case 401 -> Problem.of(401, "unauthorized", "Unauthorized",
                    "Send a valid bearer token from the configured identity provider (Authorization: Bearer ...)");
            case 403 -> Problem.of(403, "forbidden", "Forbidden", "Your sign-in does not allow this");
            case 400 -> Problem.of(400, "bad-request", "Bad Request",
                    "The request could not be read: a malformed path (such as an encoded slash or %00), header or body");
            default -> Problems.forStatus(status, null);
        };
        response.setStatus(problem.status());
        if (status == 401) {
            bearerChallenge(request, response);
        }
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(problem.toJson(java.util.Map.of()));
    }

    /**
     * Usher takes bearer tokens only. When a token was refused before mpJwt saw it (the token
     * check of server-config/token-check), Liberty challenges with its realm's Basic scheme, which
     * would open a browser's password dialog: it is replaced by the challenge mpJwt sends.
     */
    private static void bearerChallenge(HttpServletRequest request, HttpServletResponse response) {
        String challenge = response.getHeader("WWW-Authenticate");
        if (challenge == null || challenge.regionMatches(true, 0, "Basic", 0, 5)) {
            String authorization = request.getHeader("Authorization");
            boolean tokenSent = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
            response.setHeader("WWW-Authenticate",
                    "Bearer realm=\"MP-JWT\"" + (tokenSent ? ", error=\"invalid_token\"" : ""));
        }
    }
}
