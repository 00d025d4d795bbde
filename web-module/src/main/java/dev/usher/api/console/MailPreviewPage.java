package dev.usher.api.console;

import dev.usher.mail.MailPreviewPages;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * An e-mail preview as a page of its own ({@code /mail-preview/<key>}, named by the preview's
 * {@code Content-Location}), for the console's preview frame. It replaces the console's policy (set by
 * {@link SecurityHeaders} before this runs) with the e-mail's own: inline styles and {@code data:}
 * images, nothing else; no script, no request anywhere, no form; sandboxed even when opened on its own
 * (an opaque origin); framed only by the console's own pages. The console itself keeps its strict
 * policy: a {@code srcdoc} frame would inherit it and lose the e-mail's colours.
 */
@WebServlet(MailPreviewPages.PATH + "*")
public class MailPreviewPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none';"
            + " form-action 'none'; frame-ancestors 'self'; sandbox";

    @Inject
    MailPreviewPages pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Optional<String> html = pages.read(path == null ? null : path.substring(1));
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (html.isEmpty()) {
            response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'self'; sandbox");
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such preview, or it expired");
            return;
        }
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setContentType("text/html;charset=UTF-8");
        byte[] body = html.get().getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
