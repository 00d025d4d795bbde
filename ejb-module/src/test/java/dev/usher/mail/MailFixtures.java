package dev.usher.mail;

import jakarta.mail.Session;

import java.util.Optional;

/** The mail transport as the container would inject it, for tests of senders outside it. */
public final class MailFixtures {

    private MailFixtures() {
    }

    public static MailSettings settings(String smtpHost, String outboxDir) {
        MailSettings s = new MailSettings();
        s.smtpHost = Optional.ofNullable(smtpHost);
        s.smtpUser = Optional.empty();
        s.smtpPassword = Optional.empty();
        s.from = "Usher Test <invitations@usher.test>";
        s.outboxDir = outboxDir;
        s.retries = 2;
        s.retryDelayMillis = 1;
        return s;
    }

    public static MailHandOff handOff(MailSettings settings) {
        MailHandOff handOff = new MailHandOff();
        handOff.settings = settings;
        return handOff;
    }

    /** An outbox whose every connection is SMTP through {@code session}, signing in as nobody. */
    public static MailOutbox smtpOutbox(Session session) {
        return new MailOutbox() {
            @Override
            public Connection open() {
                return new Smtp(session, null, null);
            }
        };
    }
}
