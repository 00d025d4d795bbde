package dev.usher.api.devsignin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The RSVP link secret of a development server, made the way the development issuer makes its key:
 * only while that issuer is on (no real issuer configured, so never in production), only when no
 * {@code USHER_RSVP_LINK_SECRET} is given, created once beside its key ({@code USHER_DEV_ISSUER_KEY_DIR},
 * default {@code ~/.usher/dev-issuer}), readable by its owner only, under the same file lock. So
 * {@code mvn -Prun package} sends invitations with working Yes / No buttons, and its links survive a restart.
 */
final class DevLinkSecret {

    static final String PROPERTY = "usher.rsvp.link-secret";
    private static final String FILE = "rsvp-link-secret";

    private DevLinkSecret() {
    }

    /** Whether this server needs the development secret: the issuer is on and no secret is configured. */
    static boolean wanted(Map<String, String> env, Map<Object, Object> properties) {
        return DevIssuer.enabled(env, properties) && blank(env.get("USHER_RSVP_LINK_SECRET"))
                && blank(env.get(PROPERTY)) && blank((String) properties.get(PROPERTY));
    }

    static String loadOrCreate(Path directory) {
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(FILE);
            try (FileChannel lockFile = FileChannel.open(directory.resolve(".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = lockFile.lock()) {
                if (Files.exists(file)) {
                    return Files.readString(file).strip();
                }
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
                Files.writeString(file, secret + "\n");
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: rely on the directory's permissions
                }
                return secret;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the development RSVP link secret in " + directory, e);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
