package dev.usher.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How Usher's e-mails go out, from MicroProfile Config (environment variables; the SMTP ones
 * are the same Liberty variables the mail session in server.xml reads). With no
 * {@code SMTP_HOST} every message is written to the .eml folder instead of being sent.
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "smtp.host")
    Optional<String> smtpHost;

    @Inject
    @ConfigProperty(name = "smtp.user")
    Optional<String> smtpUser;

    @Inject
    @ConfigProperty(name = "smtp.password")
    Optional<String> smtpPassword;

    @Inject
    @ConfigProperty(name = "smtp.from", defaultValue = "Usher <invitations@usher.localhost>")
    String from;

    @Inject
    @ConfigProperty(name = "usher.mail.outbox-dir", defaultValue = "mail-outbox")
    String outboxDir;

    @Inject
    @ConfigProperty(name = "usher.mail.retries", defaultValue = "3")
    int retries;

    @Inject
    @ConfigProperty(name = "usher.mail.retry-delay-ms", defaultValue = "500")
    long retryDelayMillis;

    /** Whether a real SMTP server is configured; if not, messages go to the .eml folder. */
    public boolean smtpConfigured() {
        return smtpHost.filter(h -> !h.isBlank()).isPresent();
    }

    /** The SMTP user to sign in as, or null to send without signing in. */
    public String smtpUser() {
        return blankToNull(smtpUser);
    }

    public String smtpPassword() {
        return smtpPassword.orElse("");
    }

    public String from() {
        return from;
    }

    public Path outboxDir() {
        return Path.of(outboxDir).toAbsolutePath().normalize();
    }

    /** Extra attempts after a temporary (4xx) SMTP failure. */
    public int retries() {
        return Math.max(0, retries);
    }

    public Duration retryDelay() {
        return Duration.ofMillis(Math.max(0, retryDelayMillis));
    }

    private static String blankToNull(Optional<String> value) {
        return value.map(String::strip).filter(v -> !v.isEmpty()).orElse(null);
    }
}
