package dev.usher.invitations.control;

import dev.usher.platform.links.PublicBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.UUID;

/**
 * The URLs an invitation hands out. The QR code encodes
 * {@code {PUBLIC_BASE_URL}/validate-invitation?token=...}, the page a phone camera opens and a
 * scanning station posts whole; the tracking pixel lives under the same origin's public API.
 */
@ApplicationScoped
public class InvitationLinks {

    @Inject
    @ConfigProperty(name = "public.base.url", defaultValue = "http://localhost:9080")
    String publicBaseUrl;

    public InvitationLinks() {
    }

    /** For unit tests and tools outside the container. */
    public InvitationLinks(String publicBaseUrl) {
        this.publicBaseUrl = publicBaseUrl;
    }

    public String validateUrl(String token) {
        return base() + "/validate-invitation?token=" + token;
    }

    public String trackingPixelUrl(String reference) {
        return base() + "/api/public/mail-opened/" + reference + ".gif";
    }

    /** The API path of an invitation's QR image (super-admins only). */
    public static String qrPath(UUID invitationId) {
        return "/api/admin/official-invitations/" + invitationId + "/qr.png";
    }

    /** {@code PUBLIC_BASE_URL} without a trailing slash: the origin (and path) guests open Usher's pages at. */
    public String base() {
        return PublicBase.normalize(publicBaseUrl);
    }
}
