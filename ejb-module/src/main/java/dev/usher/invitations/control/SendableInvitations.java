package dev.usher.invitations.control;

import dev.usher.audit.control.AuditActions;
import dev.usher.audit.control.AuditChanges;
import dev.usher.audit.control.AuditLog;
import dev.usher.deliveries.control.DeliveryLedger;
import dev.usher.deliveries.control.RecordedSends;
import dev.usher.deliveries.entity.Channel;
import dev.usher.deliveries.entity.DeliveryRefs;
import dev.usher.events.entity.Event;
import dev.usher.events.entity.EventDetails;
import dev.usher.invitations.entity.Invitation;
import dev.usher.offline.control.DoorCodes;
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
 * The invitation's side of a send by the {@link RecordedSends} protocol: whether an invitation
 * may go now (under its row lock), its letter, and its own marks of the outcome. Each start is a
 * transaction of its own, committed before the message leaves.
 */
@ApplicationScoped
public class SendableInvitations {

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
    RecordedSends sends;

    @Inject
    ResendPolicy resendPolicy;

    @Inject
    RsvpButtons rsvpButtons;

    @Inject
    DoorCodes doorCodes;

    @Inject
    AuditLog audit;

    /** A send under way: its ledger record and what the message says. */
    public record Started(UUID deliveryId, InvitationLetter letter) {
    }

    /**
     * Locks the invitation, refuses a revoked one (409) or a resend too soon (429), and records
     * the delivery as {@code sending}. An explicit resend releases the invitation's e-mails a
     * crash left in doubt: a person now decides it goes again.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Started begin(UUID invitationId, boolean resend, UUID by) {
        return begin(invitationId, resend, ExpiryRenewal.NONE, by);
    }

    /** As {@link #begin(UUID, boolean, UUID)}; a resend that is allowed also renews the code's expiry as asked. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Started begin(UUID invitationId, boolean resend, ExpiryRenewal renewal, UUID by) {
        Invitation invitation = locked(invitationId);
        if (invitation == null) {
            throw new NotFoundException("Invitation " + invitationId + " not found");
        }
        if (invitation.revoked()) {
            throw new ConflictException("Invitation " + invitation.number() + " is revoked and cannot be sent");
        }
        if (resend) {
            resendPolicy.check(invitationId, invitation.number());
            sends.releaseInDoubtEmails(invitationId, OffsetDateTime.now(ZoneOffset.UTC).minus(IN_FLIGHT_AT_MOST),
                    "left in doubt by an interrupted send; replaced by an explicit resend");
            renewal.applyTo(invitation, OffsetDateTime.now(ZoneOffset.UTC));
            if (invitation.eventId() != null) {
                audit.record(invitation.eventId(), by, AuditActions.INVITATION_RESENT, AuditActions.INVITATION, invitationId, null, AuditChanges.pick(dev.usher.invitations.boundary.InvitationView.of(invitation), "number", "email", "expiresAt"));
            }
        }
        InvitationLetter letter = withRsvp(letter(invitation, doorCodes.codeFor(invitation), InvitationTokens.reference()), invitation);
        return new Started(sends.open(outgoing(invitation, letter, null, by)), letter);
    }

    /** How a bulk send's item starts: sent now ({@code started}), or left alone for {@code left}. */
    public record BulkStart(Started started, BulkOutcome.Kind left, String reason) {
    }

    /**
     * As {@link #begin}, for one invitation of a bulk send, at most once per send: the ledger's
     * record of this send and invitation decides ({@link RecordedSends#openInRun}). An invitation
     * that is revoked, or that went out outside this send, is left too.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public BulkStart beginInBulk(UUID invitationId, UUID sendId, UUID by) {
        Invitation invitation = locked(invitationId);
        if (invitation == null) {
            return new BulkStart(null, BulkOutcome.Kind.skipped, "the invitation was deleted");
        }
        if (invitation.revoked()) {
            return new BulkStart(null, BulkOutcome.Kind.skipped, "invitation " + invitation.number() + " is revoked");
        }
        var existing = ledger.inBulkSend(sendId, invitationId).orElse(null);
        if (existing == null && !invitation.awaitingSend()) {
            return new BulkStart(null, BulkOutcome.Kind.alreadySent, null);
        }
        InvitationLetter letter = withRsvp(letter(invitation, doorCodes.codeFor(invitation), InvitationTokens.reference()), invitation);
        RecordedSends.Start start = sends.openInRun(existing, outgoing(invitation, letter, sendId, by));
        return switch (start.decision()) {
            case IN_DOUBT -> new BulkStart(null, BulkOutcome.Kind.inDoubt, "in doubt: the server stopped while handing "
                    + invitation.number() + " to the mail server; check, then resend it explicitly if it did not arrive");
            case ALREADY_SENT -> new BulkStart(null, BulkOutcome.Kind.alreadySent, null);
            case SEND_NEW, SEND_AGAIN -> new BulkStart(new Started(start.deliveryId(), letter), null, null);
        };
    }

    /** The invitation's mark of a send that went out, in the transaction that records the outcome. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markSent(UUID invitationId) {
        locked(invitationId).sent(OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** The invitation's mark of a send that failed, with why, in the transaction that records the outcome. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markFailed(UUID invitationId, String why) {
        locked(invitationId).sendFailed(why);
    }

    private Invitation locked(UUID invitationId) {
        return em.find(Invitation.class, invitationId, LockModeType.PESSIMISTIC_WRITE);
    }

    private static RecordedSends.Outgoing outgoing(Invitation invitation, InvitationLetter letter, UUID sendId,
                                                   UUID by) {
        Event event = invitation.event();
        String content = Json.createObjectBuilder()
                .add("number", invitation.number())
                .add("type", invitation.type().name())
                .add("messageRef", letter.reference())
                .build().toString();
        return new RecordedSends.Outgoing(Channel.email, invitation.recipient().email(), KIND,
                new DeliveryRefs(event == null ? null : event.id(), invitation.guestId(), invitation.id(), sendId, by),
                content);
    }

    /** A guest's invitation gets the Yes / No buttons of the guest's RSVP link. */
    private InvitationLetter withRsvp(InvitationLetter letter, Invitation invitation) {
        if (invitation.guestId() == null) {
            return letter;
        }
        return letter.withRsvp(rsvpButtons.forGuest(invitation.guestId()).orElse(null));
    }

    /** {@code code}: what the QR code carries, the signed door code or the plain token ({@link DoorCodes#codeFor}). */
    static InvitationLetter letter(Invitation invitation, String code, String reference) {
        var recipient = invitation.recipient();
        InvitationLetter.EventFacts facts = null;
        if (invitation.event() != null) {
            EventDetails d = invitation.event().details();
            facts = new InvitationLetter.EventFacts(invitation.event().id(), d.name(), d.date(), d.startTime(),
                    d.timeZone(), d.location(), invitation.event().rsvpSettings().language());
        }
        return new InvitationLetter(invitation.id(), invitation.number(), code, recipient.name(),
                recipient.firstName(), recipient.email(), recipient.type(), recipient.customMessage(),
                recipient.seats(), facts, reference);
    }
}
