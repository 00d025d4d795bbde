package dev.usher.platform.links;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code PUBLIC_BASE_URL}, the origin (and path) people open Usher at, as links start with it: without a
 * trailing slash, the development default when unset. One reading for invitation links, organizers'
 * e-mails and Google's redirect URI, so they cannot disagree about a slash.
 */
@ApplicationScoped
public class PublicBase {

    static final String DEFAULT = "http://localhost:9080";

    @Inject
    @ConfigProperty(name = "public.base.url", defaultValue = DEFAULT)
    String configured;

    /** The configured address, normalized. */
    public String url() {
        return normalize(configured);
    }

    /** An address as a setting holds it (blank: the default), without its trailing slash. */
    public static String normalize(String configured) {
        String base = configured == null || configured.isBlank() ? DEFAULT : configured.strip();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
