package dev.usher.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;

/**
 * Hands one message to a mail connection, retrying temporary failures (SMTP 4xx, a dropped
 * connection) with a doubling pause, up to the configured number of retries; a permanent one
 * ends at once. Every sender of e-mail uses it, so they all retry alike.
 */
@ApplicationScoped
public class MailHandOff {

    @Inject
    MailSettings settings;

    /**
     * Delivers {@code message}; {@code beforeRetry} runs before each further attempt (senders
     * record it in the ledger).
     *
     * @throws MailFailure the last failure, once no retry is left or it is permanent
     */
    public void deliver(MailOutbox.Connection connection, MimeMessage message, Runnable beforeRetry) throws MailFailure {
        int retry = 0;
        while (true) {
            try {
                connection.deliver(message);
                return;
            } catch (MailFailure failure) {
                if (!failure.temporary() || retry >= settings.retries()) {
                    if (retry == 0) {
                        throw failure;
                    }
                    throw new MailFailure(failure.temporary(), failure.code(),
                            failure.reason() + " (after " + (retry + 1) + " attempts)", failure);
                }
                retry++;
                connection.reset();
                pause(settings.retryDelay().multipliedBy(1L << Math.min(retry - 1, 10)));
                beforeRetry.run();
            }
        }
    }

    private static void pause(Duration duration) throws MailFailure {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MailFailure(true, "interrupted", "Sending was interrupted", e);
        }
    }
}
