package dev.usher.webhooks.control;

import dev.usher.platform.errors.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs a subscription may name: https to any host with a name or address, never to this
 * machine's loopback (the server would post to itself or its neighbours), and no credentials in the
 * URL (they would show in the list). With {@code USHER_WEBHOOKS_ALLOW_LOOPBACK=true} (tests, local
 * development) plain http to a loopback address is allowed too, and nothing else is.
 */
@ApplicationScoped
public class WebhookUrls {

    @Inject
    @ConfigProperty(name = "usher.webhooks.allow-loopback", defaultValue = "false")
    boolean allowLoopback;

    /** What is wrong with {@code url} as a receiver, if anything. */
    public Optional<FieldError> problem(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return refuse("is not a URL");
        }
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null) {
            return refuse("must be an absolute http(s) URL with a host");
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return refuse("must carry no user name, password or fragment");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        boolean loopback = loopback(uri.getHost());
        if (loopback && !allowLoopback) {
            return refuse("must not name this server's loopback address");
        }
        if (scheme.equals("https") || (scheme.equals("http") && loopback)) {
            return Optional.empty();
        }
        return refuse(allowLoopback ? "must be https (or http to a loopback address)" : "must be https");
    }

    static boolean loopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.endsWith(".localhost") || h.startsWith("127.")
                || h.equals("[::1]") || h.equals("::1") || h.equals("[0:0:0:0:0:0:0:1]");
    }

    private static Optional<FieldError> refuse(String message) {
        return Optional.of(new FieldError("url", message));
    }
}
