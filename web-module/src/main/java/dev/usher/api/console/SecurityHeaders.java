package dev.usher.api.console;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Every answer of the web module says how a browser must treat it: the console's
 * Content-Security-Policy (see {@link ContentSecurityPolicy}), never inside a frame, no content-type
 * sniffing, no Referer to other sites. The policy is computed once, from the pages as deployed
 * (their import maps' hashes) and the configured identity provider.
 */
// ERROR too: a 401 or 403 is decided before any filter runs, and its problem document is an error page.
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The pages with inline scripts (their import maps). */
    private static final List<String> PAGES = List.of("/index.html", "/validate.html", "/rsvp.html");

    @Inject
    ConsoleSettings settings;

    private String policy;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        ServletContext context = config.getServletContext();
        List<String> pages = new ArrayList<>();
        for (String page : PAGES) {
            try (InputStream in = context.getResourceAsStream(page)) {
                if (in != null) {
                    pages.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        policy = ContentSecurityPolicy.of(pages, settings.providerUrls());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        chain.doFilter(request, response);
    }
}
