package dev.usher.invitations.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * How invitation e-mails look and what they carry besides the invitation, from MicroProfile
 * Config: the brand, the contacts and footer, the tracking pixel and the calendar file. How
 * they go out is {@link dev.usher.mail.MailSettings}.
 */
@ApplicationScoped
public class InvitationLook {

    private static final Logger LOG = Logger.getLogger(InvitationLook.class.getName());
    private static final Pattern HEX_COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final String DEFAULT_COLOUR = "#E21836";

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
