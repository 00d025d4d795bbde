package dev.usher.notifications.control;

import dev.usher.deliveries.control.RecordedSends;
import dev.usher.deliveries.entity.Channel;
import dev.usher.deliveries.entity.Delivery;
import dev.usher.deliveries.entity.DeliveryRefs;
import dev.usher.events.entity.EventMember;
import dev.usher.guests.boundary.ActivityItem;
import dev.usher.guests.control.AnswerFeed;
import dev.usher.notifications.entity.DigestMode;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Claims one member's due digest, on whichever server's timer gets there first: the member's row is
 * locked with {@code FOR UPDATE SKIP LOCKED}, and in that one transaction the digest's changes are
 * read up to the database's horizon (see V17: every transaction below it has ended), the cursor is
 * moved past them and the e-mail is recorded {@code sending} in the delivery ledger. So a change is
 * in exactly one digest: a crash before the commit leaves the cursor (the next claim sends it), a
 * crash after it leaves the ledger's record in doubt, never a second e-mail.
 *
 * <p>The claim reads {@code guest_status_changes} in the same statement as {@code member_digests}
 * (a known exception to one owner per table, like the reminders' audience); the changes themselves are
 * read through the guests area's {@link AnswerFeed}.
 */
@Dependent
public class DueDigests {

    /** The changes listed in one e-mail; more are counted and the feed has them all. */
    static final int LISTED = 200;
    static final String KIND = Delivery.RSVP_DIGEST;

    private static final String HORIZON = "pg_snapshot_xmin(pg_current_snapshot())";

    @PersistenceContext
    EntityManager em;

    @Inject
    AnswerFeed feed;

    @Inject
    RecordedSends sends;

    /** A claimed digest, its ledger record {@code sending} and committed. */
    public record Claimed(UUID deliveryId, OrganizerMails.Digest digest) {
    }

    /** The next immediate digest whose oldest unsent change is {@code timing.window()} old, if any. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Claimed> claimImmediate(DigestTiming timing) {
        List<?> rows = em.createNativeQuery("SELECT CAST(d.member_id AS text), CAST(d.through_xid AS text),"
                        + " CAST(" + HORIZON + " AS text) FROM member_digests d WHERE d.mode = 'immediate'"
                        + " AND EXISTS (SELECT 1 FROM guest_status_changes c WHERE c.event_id = d.event_id"
                        + " AND c.recorded_xid >= d.through_xid AND c.recorded_xid < " + HORIZON
                        + " AND c.changed_at <= now() - make_interval(secs => ?1))"
                        + " ORDER BY d.last_sent_at LIMIT 1 FOR UPDATE OF d SKIP LOCKED")
                .setParameter(1, (double) timing.window().toSeconds()).getResultList();
        return take(rows, DigestMode.immediate);
    }

    /**
     * The next daily digest not sent since the latest daily time in its event's time zone (the
     * server-wide zone for an event without one), if any; none is sent without changes. The zones
     * are the few the daily members' events use, each compared in Java's time-zone rules, the ones
     * the event's zone was validated with.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Claimed> claimDaily(DigestTiming timing) {
        Instant now = Instant.now();
        @SuppressWarnings("unchecked")
        List<String> zones = em.createNativeQuery("SELECT DISTINCT coalesce(e.time_zone, '') FROM member_digests d"
                + " JOIN events e ON e.id = d.event_id WHERE d.mode = 'daily'").getResultList();
        for (String zone : zones) {
            Instant due = timing.latestDaily(now, zoneOf(zone, timing));
            while (true) {
                List<?> rows = em.createNativeQuery("SELECT CAST(d.member_id AS text), CAST(d.through_xid AS text),"
                                + " CAST(" + HORIZON + " AS text) FROM member_digests d JOIN events e ON e.id = d.event_id"
                                + " WHERE d.mode = 'daily' AND coalesce(e.time_zone, '') = ?2 AND d.last_sent_at < ?1"
                                + " ORDER BY d.last_sent_at LIMIT 1 FOR UPDATE OF d SKIP LOCKED")
                        .setParameter(1, Timestamp.from(due)).setParameter(2, zone).getResultList();
                if (rows.isEmpty()) {
                    break;
                }
                Optional<Claimed> claimed = take(rows, DigestMode.daily);
                if (claimed.isPresent()) {
                    return claimed;
                }
                // Nothing happened since the last one: marked done for today, and the next member is looked at.
            }
        }
        return Optional.empty();
    }

    private static ZoneId zoneOf(String eventZone, DigestTiming timing) {
        if (eventZone.isEmpty()) {
            return timing.zone();
        }
        try {
            return ZoneId.of(eventZone);
        } catch (DateTimeException e) {
            return timing.zone();
        }
    }

    /** The claimed member's digest of {@code mode}, the mode the claim selected by. */
    private Optional<Claimed> take(List<?> rows, DigestMode mode) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        UUID memberId = UUID.fromString(row[0].toString());
        String from = row[1].toString();
        String to = row[2].toString();
        EventMember member = em.find(EventMember.class, memberId);
        UUID eventId = member.event().id();
        long total = feed.countRecorded(eventId, from, to);
        em.createNativeQuery("UPDATE member_digests SET through_xid = CAST(?1 AS xid8), last_sent_at = now()"
                + " WHERE member_id = ?2").setParameter(1, to).setParameter(2, memberId).executeUpdate();
        if (total == 0) {
            return Optional.empty();
        }
        List<ActivityItem> items = feed.recorded(eventId, from, to, LISTED);
        String email = member.user().email();
        String content = Json.createObjectBuilder().add("digest", mode.name()).add("changes", total).build().toString();
        UUID deliveryId = sends.open(new RecordedSends.Outgoing(Channel.email, email, KIND,
                new DeliveryRefs(eventId, null, null, null, null), content));
        return Optional.of(new Claimed(deliveryId,
                new OrganizerMails.Digest(eventId, member.event().name(), email, items, total)));
    }
}
