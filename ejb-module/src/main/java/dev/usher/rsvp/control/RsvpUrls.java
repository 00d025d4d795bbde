package dev.usher.rsvp.control;

import dev.usher.invitations.control.InvitationLinks;
import dev.usher.rsvp.entity.RsvpChoice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The addresses of the RSVP page: {@code {PUBLIC_BASE_URL}/rsvp.html#<token>}, with
 * {@code ?answer=yes|no|maybe} to preselect an answer (the e-mail's buttons). The token is in the
 * fragment, which a browser never sends: it stays out of every server's and proxy's access log and
 * out of Referer headers; the page sends it in the API call's path (Usher logs no request paths).
 */
@ApplicationScoped
public class RsvpUrls {

    @Inject
    InvitationLinks links;

    public RsvpUrls() {
    }

    /** For unit tests and tools outside the container. */
    public RsvpUrls(InvitationLinks links) {
        this.links = links;
    }

    public String page(String token) {
        return links.base() + "/rsvp.html#" + token;
    }

    public String page(String token, RsvpChoice preselected) {
        return links.base() + "/rsvp.html?answer=" + preselected.name() + "#" + token;
    }
}
