package dev.usher.api.console;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The console's Content-Security-Policy: everything from Usher's own origin only, no plugin, no
 * inline script but the pages' import maps (allowed by their SHA-256, since a browser reads an
 * import map only inline), no inline style, no framing. The identity provider's origins are added
 * to {@code connect-src}, where the console fetches its discovery document and exchanges the code.
 */
final class ContentSecurityPolicy {

    /** An inline script: a {@code <script>} with no {@code src}. */
    private static final Pattern INLINE_SCRIPT = Pattern.compile(
            "<script(?![^>]*\\bsrc\\s*=)[^>]*>(.*?)</script>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private ContentSecurityPolicy() {
    }

    /** The policy for pages whose inline scripts are in {@code pages} (their HTML) and a provider at {@code providerUrls}. */
    static String of(Collection<String> pages, Collection<String> providerUrls) {
        Set<String> scripts = new LinkedHashSet<>(List.of("'self'"));
        pages.forEach(page -> scripts.addAll(inlineScriptHashes(page)));
        Set<String> connect = new LinkedHashSet<>(List.of("'self'"));
        providerUrls.stream().map(ContentSecurityPolicy::origin).filter(o -> o != null).forEach(connect::add);
        List<String> directives = new ArrayList<>(List.of(
                "default-src 'self'",
                "script-src " + String.join(" ", scripts),
                "style-src 'self'",
                // data: for the empty favicon, blob: for QR images the console fetched with its token.
                "img-src 'self' data: blob:",
                "connect-src " + String.join(" ", connect),
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'none'"));
        return String.join("; ", directives);
    }

    /** The {@code 'sha256-...'} source of every inline script of a page, over its exact text. */
    static List<String> inlineScriptHashes(String html) {
        List<String> hashes = new ArrayList<>();
        Matcher scripts = INLINE_SCRIPT.matcher(html);
        while (scripts.find()) {
            hashes.add("'sha256-" + Base64.getEncoder().encodeToString(sha256(scripts.group(1))) + "'");
        }
        return hashes;
    }

    /** The origin of an http(s) URL ({@code https://idp.example:8443}), or null for anything else. */
    static String origin(String url) {
        try {
            URI uri = URI.create(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
                return null;
            }
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
