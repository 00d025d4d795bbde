package dev.usher.api.console;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The address every QR code holds, {@code {PUBLIC_BASE_URL}/validate-invitation?token=...}: a phone
 * camera opens it, so it must be a page. It is the console's public check page (validate.html),
 * served at this address as is; the page itself asks {@code GET /api/validate-invitation/{token}}.
 * No sign-in, and nothing here reads the token (it stays out of logs).
 */
@WebServlet("/validate-invitation")
public class ValidateInvitationPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        // The token is in this page's address: keep it out of caches and of Referer headers.
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        request.getRequestDispatcher("/validate.html").forward(request, response);
    }
}
