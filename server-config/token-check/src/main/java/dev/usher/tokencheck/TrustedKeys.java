package dev.usher.tokencheck;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The keys mpJwt verifies with, loaded from the same settings and kept fresh: a key file is read
 * again when it changes, a key set from a URL (an identity provider's JWKS) after five minutes, or
 * sooner (at most every 30 seconds) when a token names a key id it does not hold yet, as after a
 * key rotation. A source that cannot be read gives no keys, and then nothing is refused here:
 * mpJwt stays the one that accepts or refuses.
 */
final class TrustedKeys {

    static final Duration URL_KEYS_LIFETIME = Duration.ofMinutes(5);
    static final Duration UNKNOWN_KEY_REFRESH = Duration.ofSeconds(30);
    /** How often a key file's modification time is looked at: not on every request (a stat each). */
    static final Duration FILE_CHECK_INTERVAL = Duration.ofSeconds(1);
    private static final int MAX_DOCUMENT_BYTES = 1 << 20;

    private record Loaded(String source, List<KeyMaterial.Key> keys, Instant at, FileTime fileTime) {
    }

    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private volatile Loaded loaded;
    private volatile Instant fileCheckedAt = Instant.MIN;
    private final ReentrantLock reloading = new ReentrantLock();

    TrustedKeys(Clock clock) {
        this.clock = clock;
    }

    /** The keys a token with this key id (null: none) may be signed with; empty when none is known. */
    List<KeyMaterial.Key> candidates(KeySettings settings, String keyId) {
        if (!settings.configured()) {
            return List.of();
        }
        Loaded current = fresh(settings, keyId);
        return current.keys().stream()
                .filter(key -> keyId == null || key.keyId() == null || keyId.equals(key.keyId()))
                .toList();
    }

    /**
     * The keys loaded from this source, reloaded when stale. Every request with a bearer token comes
     * here, so the usual case takes no lock; one request at a time reloads, and while it does (a key
     * set fetched from a slow identity provider takes seconds) the others keep using the keys they
     * have instead of waiting for it. Only without any keys of this source yet do they wait.
     */
    private Loaded fresh(KeySettings settings, String keyId) {
        String source = settings.inlineKey() != null ? "inline:" + settings.inlineKey() : settings.location();
        Loaded current = loaded;
        boolean usable = current != null && current.source().equals(source);
        if (usable && !stale(current, keyId)) {
            return current;
        }
        if (usable) {
            if (!reloading.tryLock()) {
                return current;
            }
        } else {
            reloading.lock();
        }
        try {
            current = loaded;
            if (current == null || !current.source().equals(source) || stale(current, keyId)) {
                current = load(source, settings, current);
                loaded = current;
            }
            return current;
        } finally {
            reloading.unlock();
        }
    }

    private boolean stale(Loaded current, String keyId) {
        Instant now = clock.instant();
        if (isUrl(current.source())) {
            boolean unknownKey = keyId != null && current.keys().stream().noneMatch(key -> keyId.equals(key.keyId()));
            Duration age = Duration.between(current.at(), now);
            return age.compareTo(URL_KEYS_LIFETIME) >= 0 || unknownKey && age.compareTo(UNKNOWN_KEY_REFRESH) >= 0;
        }
        if (current.fileTime() != null || filePath(current.source()) != null) {
            if (Duration.between(fileCheckedAt, now).compareTo(FILE_CHECK_INTERVAL) < 0) {
                return false;
            }
            boolean changed = !Objects.equals(current.fileTime(), modified(filePath(current.source())));
            if (!changed) {
                fileCheckedAt = now; // a changed file stays stale until the reload under the lock has read it
            }
            return changed;
        }
        return false;
    }

    private Loaded load(String source, KeySettings settings, Loaded previous) {
        Path file = settings.inlineKey() == null ? filePath(source) : null;
        FileTime fileTime = file == null ? null : modified(file);
        fileCheckedAt = clock.instant();
        try {
            String document = settings.inlineKey() != null ? settings.inlineKey() : read(source, file);
            return new Loaded(source, KeyMaterial.parse(document), clock.instant(), fileTime);
        } catch (Exception unreadable) {
            // Never logged with its message: some parsers quote what they could not read.
            boolean sameSource = previous != null && previous.source().equals(source);
            return new Loaded(source, sameSource ? previous.keys() : List.of(), clock.instant(), fileTime);
        }
    }

    private String read(String location, Path file) throws IOException, InterruptedException {
        if (isUrl(location)) {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(location))
                    .timeout(Duration.ofSeconds(5)).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200 || response.body().length > MAX_DOCUMENT_BYTES) {
                throw new IOException("key set not served: HTTP " + response.statusCode());
            }
            return new String(response.body(), StandardCharsets.UTF_8);
        }
        if (file == null) {
            throw new IOException("unsupported key location");
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static boolean isUrl(String location) {
        return location.startsWith("http://") || location.startsWith("https://");
    }

    /** A file: URI or a plain path; other schemes (classpath: is the application's own) are not read here. */
    private static Path filePath(String location) {
        if (location.startsWith("inline:") || isUrl(location)) {
            return null;
        }
        if (location.startsWith("file:")) {
            return Path.of(URI.create(location));
        }
        return location.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*") && !location.matches("^[a-zA-Z]:[\\\\/].*")
                ? null : Path.of(location);
    }

    private static FileTime modified(Path file) {
        try {
            return file == null ? null : Files.getLastModifiedTime(file);
        } catch (IOException missing) {
            return null;
        }
    }
}
