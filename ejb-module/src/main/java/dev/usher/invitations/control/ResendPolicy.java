package dev.usher.invitations.control;

import dev.usher.platform.errors.TooManyRequestsException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.UUID;

/**
 * How often one invitation may be sent again: not within {@code usher.invitations.resend-interval-seconds}
 * of its last e-mail (default 60), and at most {@code usher.invitations.resend-max-per-day} e-mails
 * in 24 hours (default 10). Counted in the delivery ledger, so it holds across servers; the caller
 * holds the invitation's row lock, so two resends at once are counted one after the other.
 */
@ApplicationScoped
public class ResendPolicy {

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "usher.invitations.resend-interval-seconds", defaultValue = "60")
    long intervalSeconds;

    @Inject
    @ConfigProperty(name = "usher.invitations.resend-max-per-day", defaultValue = "10")
    int maxPerDay;

    public void check(UUID invitationId, String number) {
        Object[] row = (Object[]) em.createNativeQuery("""
                        SELECT count(*),
                               EXTRACT(EPOCH FROM now() - max(queued_at)),
                               EXTRACT(EPOCH FROM min(queued_at) + interval '24 hours' - now())
                        FROM deliveries
                        WHERE invitation_id = ?1 AND channel = 'email' AND queued_at > now() - interval '24 hours'""")
                .setParameter(1, invitationId)
                .getSingleResult();
        long sends = ((Number) row[0]).longValue();
        if (sends == 0) {
            return;
        }
        double sinceLast = ((Number) row[1]).doubleValue();
        if (sinceLast < intervalSeconds) {
            throw new TooManyRequestsException("Invitation " + number + " was sent " + (long) sinceLast
                    + " s ago; it can be sent again " + intervalSeconds + " s after its last e-mail",
                    Duration.ofMillis((long) ((intervalSeconds - sinceLast) * 1000)));
        }
        if (sends >= maxPerDay) {
            double untilOldestExpires = ((Number) row[2]).doubleValue();
            throw new TooManyRequestsException("Invitation " + number + " was sent " + sends
                    + " times in the last 24 hours, the most allowed",
                    Duration.ofMillis((long) (untilOldestExpires * 1000)));
        }
    }
}
