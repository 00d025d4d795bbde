package dev.usher.invitations.control;

import dev.usher.deliveries.control.DeliveryLedger;
import dev.usher.deliveries.entity.Channel;
import dev.usher.deliveries.entity.Delivery;
import dev.usher.deliveries.entity.DeliveryRefs;
import dev.usher.deliveries.entity.DeliveryState;
import dev.usher.events.entity.Event;
import dev.usher.events.entity.EventDetails;
import dev.usher.invitations.entity.Invitation;
import dev.usher.platform.errors.ConflictException;
import dev.usher.platform.errors.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The database side of one send, each step in a transaction of its own, so that the ledger
 * says {@code sending} (committed) before the message leaves, and the outcome is recorded
 * whatever happened to the transaction of the caller.
 */
@ApplicationScoped
public class SendSteps {

    /** The ledger's kind for invitation e-mails. */
    public static final String KIND = "invitation";

    /**
     * The longest a hand-over to the mail server can take (connection and read timeouts, the
     * retries and their pauses) with room to spare: a record still 'sending' after that was
     * caught by a crash, not in flight.
     */
    static final Duration IN_FLIGHT_AT_MOST = Duration.ofMinutes(5);

    @PersistenceContext
    EntityManager em;

    @Inject
    DeliveryLedger ledger;

    @Inject
    ResendPolicy resendPolicy;

    /** A send under way: its ledger record and what the message says. */
    public record Started(UUID deliveryId, InvitationLetter letter) {
    }

    /**
     * Locks the invitation, refuses a revoked one (409) or a resend too soon (429), and records
     * the delivery as {@code sending}.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Started begin(UUID invitationId, boolean resend, UUID by) {
        Invitation invitation = em.find(Invitation.class, invitationId, LockModeType.PESSIMISTIC_WRITE);
        if (invitation == null) {
            throw new NotFoundException("Invitation " + invitationId + " not found");
        }
        if (invitation.revoked()) {
            throw new ConflictException("Invitation " + invitation.number() + " is revoked and cannot be sent");
        }
        if (resend) {
            resendPolicy.check(invitationId, invitation.number());
            ledger.releaseInDoubtEmails(invitationId, OffsetDateTime.now(ZoneOffset.UTC).minus(IN_FLIGHT_AT_MOST),
                    "left in doubt by an interrupted send; replaced by an explicit resend");
        }
        InvitationLetter letter = letter(invitation, InvitationTokens.reference());
        String content = content(invitation, letter);
        Event event = invitation.event();
        Delivery delivery = ledger.open(Channel.email, invitation.recipient().email(), KIND,
                new DeliveryRefs(event == null ? null : event.id(), invitation.guestId(), invitation.id(), null, by),
                content);
        // The ledger locks the record with find(PESSIMISTIC_WRITE), which EclipseLink answers from
        // the database only: the new row must be there first.
        em.flush();
        ledger.sending(delivery.id());
        return new Started(delivery.id(), letter);
    }

    /** How a bulk send's item starts: sent now ({@code started}), or left alone for {@code left}. */
    public record BulkStart(Started started, BulkOutcome.Kind left, String reason) {
    }

    /**
     * As {@link #begin}, for one invitation of a bulk send, at most once per send: the ledger's
     * record of this send and invitation decides. None yet: record it as {@code sending} and go.
     * Failed before: try again on the same record. Sending: a crash caught it mid-send, so it is
     * in doubt and left for an operator. Sent: done. An invitation that is revoked, or that went
     * out outside this send, is left too.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public BulkStart beginInBulk(UUID invitationId, UUID sendId, UUID by) {
        Invitation invitation = em.find(Invitation.class, invitationId, LockModeType.PESSIMISTIC_WRITE);
        if (invitation == null) {
            return new BulkStart(null, BulkOutcome.Kind.skipped, "the invitation was deleted");
        }
        if (invitation.revoked()) {
            return new BulkStart(null, BulkOutcome.Kind.skipped, "invitation " + invitation.number() + " is revoked");
        }
        Delivery existing = ledger.inBulkSend(sendId, invitationId).orElse(null);
        if (existing != null && existing.state() == DeliveryState.sending) {
            return new BulkStart(null, BulkOutcome.Kind.inDoubt, "in doubt: the server stopped while handing "
                    + invitation.number() + " to the mail server; check, then resend it explicitly if it did not arrive");
        }
        if (existing != null && existing.state() != DeliveryState.failed) {
            return new BulkStart(null, BulkOutcome.Kind.alreadySent, null);
        }
        if (existing == null && !invitation.awaitingSend()) {
            return new BulkStart(null, BulkOutcome.Kind.alreadySent, null);
        }
        InvitationLetter letter = letter(invitation, InvitationTokens.reference());
        String content = content(invitation, letter);
        if (existing != null) {
            existing.resend(invitation.recipient().email(), content);
            return new BulkStart(new Started(existing.id(), letter), null, null);
        }
        Event event = invitation.event();
        Delivery delivery = ledger.open(Channel.email, invitation.recipient().email(), KIND,
                new DeliveryRefs(event == null ? null : event.id(), invitation.guestId(), invitation.id(), sendId, by),
                content);
        delivery.sending();
        return new BulkStart(new Started(delivery.id(), letter), null, null);
    }

    /** One more attempt after a temporary failure. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void retrying(UUID deliveryId) {
        ledger.sending(deliveryId);
    }

    /** The SMTP server (or the .eml folder) accepted the message. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sent(Started started) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ledger.sent(started.deliveryId(), started.letter().reference());
        em.find(Invitation.class, started.letter().invitationId(), LockModeType.PESSIMISTIC_WRITE).sent(now);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(Started started, String code, String reason) {
        ledger.failed(started.deliveryId(), code, reason);
        em.find(Invitation.class, started.letter().invitationId(), LockModeType.PESSIMISTIC_WRITE)
                .sendFailed(code + ": " + reason);
    }

    private static String content(Invitation invitation, InvitationLetter letter) {
        return Json.createObjectBuilder()
                .add("number", invitation.number())
                .add("type", invitation.type().name())
                .add("messageRef", letter.reference())
                .build().toString();
    }

    static InvitationLetter letter(Invitation invitation, String reference) {
        var recipient = invitation.recipient();
        InvitationLetter.EventFacts facts = null;
        if (invitation.event() != null) {
            EventDetails d = invitation.event().details();
            facts = new InvitationLetter.EventFacts(invitation.event().id(), d.name(), d.date(), d.startTime(),
                    d.timeZone(), d.location());
        }
        return new InvitationLetter(invitation.id(), invitation.number(), invitation.token(), recipient.name(),
                recipient.firstName(), recipient.email(), recipient.type(), recipient.customMessage(),
                recipient.seats(), facts, reference);
    }
}
