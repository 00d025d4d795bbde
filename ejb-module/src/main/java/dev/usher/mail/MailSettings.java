package dev.usher.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * How Usher's e-mails go out, and how invitation e-mails look, from MicroProfile Config (environment variables; the
 * SMTP ones are the same Liberty variables the mail session in server.xml reads). With no
 * {@code SMTP_HOST} every message is written to the .eml folder instead of being sent.
 */
@ApplicationScoped
public class MailSettings {

    private static final Logger LOG = Logger.getLogger(MailSettings.class.getName());
    private static final Pattern HEX_COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final String DEFAULT_COLOUR = "#E21836";

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

    @Inject
    @ConfigProperty(name = "usher.mail.brand-name", defaultValue = "Usher")
    String brandName;

    @Inject
    @ConfigProperty(name = "usher.mail.brand-color", defaultValue = DEFAULT_COLOUR)
    String brandColour;

    @Inject
    @ConfigProperty(name = "usher.mail.support-email")
    Optional<String> supportEmail;

    @Inject
    @ConfigProperty(name = "usher.mail.support-phone")
    Optional<String> supportPhone;

    @Inject
    @ConfigProperty(name = "usher.mail.support-url")
    Optional<String> supportUrl;

    @Inject
    @ConfigProperty(name = "usher.mail.footer")
    Optional<String> footer;

    @Inject
    @ConfigProperty(name = "usher.mail.tracking-pixel", defaultValue = "false")
    boolean trackingPixel;

    @Inject
    @ConfigProperty(name = "usher.mail.calendar-attachment", defaultValue = "true")
    boolean calendarAttachment;

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

    /** The look and the contact details of every invitation e-mail. */
    public Branding branding() {
        String colour = brandColour == null ? DEFAULT_COLOUR : brandColour.strip();
        if (!HEX_COLOUR.matcher(colour).matches()) {
            // It lands in inline CSS: only a plain hex colour is let through.
            LOG.warning(() -> "usher.mail.brand-color must look like #E21836; using " + DEFAULT_COLOUR);
            colour = DEFAULT_COLOUR;
        }
        return new Branding(brandName, colour, blankToNull(supportEmail), blankToNull(supportPhone),
                blankToNull(supportUrl), footer.filter(f -> !f.isBlank()).orElse(null));
    }

    public boolean trackingPixel() {
        return trackingPixel;
    }

    public boolean calendarAttachment() {
        return calendarAttachment;
    }

    private static String blankToNull(Optional<String> value) {
        return value.map(String::strip).filter(v -> !v.isEmpty()).orElse(null);
    }

    /** Brand name and colour (#RRGGBB), support contacts and footer text; null members are left out. */
    public record Branding(String name, String colour, String supportEmail, String supportPhone,
                           String supportUrl, String footer) {
    }
}
