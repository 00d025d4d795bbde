package dev.usher.invitations.control;

import java.util.Optional;

/** Mail settings as the container would inject them, for tests outside it. */
final class Settings {

    private Settings() {
    }

    static MailSettings mail(String smtpHost, String outboxDir, boolean pixel) {
        MailSettings s = new MailSettings();
        s.smtpHost = Optional.ofNullable(smtpHost);
        s.smtpUser = Optional.empty();
        s.smtpPassword = Optional.empty();
        s.from = "Usher Test <invitations@usher.test>";
        s.outboxDir = outboxDir;
        s.retries = 2;
        s.retryDelayMillis = 1;
        s.brandName = "Gala & Co";
        s.brandColour = "#0A0B0C";
        s.supportEmail = Optional.of("help@usher.test");
        s.supportPhone = Optional.of("+972 3 555 0000");
        s.supportUrl = Optional.empty();
        s.footer = Optional.empty();
        s.trackingPixel = pixel;
        s.calendarAttachment = true;
        return s;
    }
}
