package dev.usher.invitations.boundary;

import dev.usher.audit.control.AuditActions;
import dev.usher.audit.control.AuditChanges;
import dev.usher.audit.control.AuditLog;
import dev.usher.identity.boundary.Users;
import dev.usher.identity.control.Roles;
import dev.usher.invitations.control.ExpiryChanges;
import dev.usher.invitations.control.ExpiryRenewal;
import dev.usher.invitations.control.GuestInvitationDrafts;
import dev.usher.invitations.control.InvitationDrafts;
import dev.usher.invitations.control.InvitationLinks;
import dev.usher.invitations.control.InvitationRules;
import dev.usher.invitations.control.InvitationSearch;
import dev.usher.invitations.control.InvitationSender;
import dev.usher.invitations.control.QrCodes;
import dev.usher.invitations.control.ScanRecords;
import dev.usher.platform.validation.InputValidator;
import dev.usher.invitations.entity.Invitation;
import dev.usher.offline.control.DoorCodes;
import dev.usher.platform.errors.ConflictException;
import dev.usher.platform.errors.InvalidInputException;
import dev.usher.platform.errors.NotFoundException;
import dev.usher.platform.paging.Page;
import dev.usher.platform.paging.PageRequest;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.UUID;
import java.util.logging.Logger;

/**
 * Official invitations, the super-admin's own: create (and send), list, read, resend, revoke,
 * the totals and the QR images.
 *
 * <p>Sending happens outside any transaction: the invitation is committed first, the sender
 * then records each step in a transaction of its own around the SMTP hand-off. So the methods
 * that send are {@code NOT_SUPPORTED} and reach the transactional ones through the container
 * ({@link SessionContext#getBusinessObject}), which keeps the role check on every step.
 */
@Stateless
@RolesAllowed(Roles.SUPER_ADMIN)
public class OfficialInvitations {

    private static final Logger LOG = Logger.getLogger(OfficialInvitations.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Users users;

    @Inject
    InvitationRules rules;

    @Inject
    InvitationDrafts drafts;

    @Inject
    InvitationSender sender;

    @Inject
    InvitationSearch search;

    @Inject
    InvitationLinks links;

    /** The QR code carries the signed door code when the server signs them, as the e-mail does. */
    @Inject
    DoorCodes doorCodes;

    @Inject
    GuestInvitationDrafts guestDrafts;

    @Inject
    ScanRecords scans;

    @Inject
    InputValidator validator;

    @Inject
    ExpiryChanges expiries;

    @Inject
    AuditLog audit;

    /** Creates an invitation and, unless {@code send} is false, e-mails it at once. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public InvitationView create(OfficialInvitationInput input) {
        OfficialInvitations self = self();
        InvitationView draft = self.draft(input);
        if (input.send() != null && !input.send()) {
            return draft;
        }
        sender.send(draft.id(), false, draft.createdBy());
        return self.get(draft.id()).invitation();
    }

    /** Stores a pending invitation; nothing is sent. */
    public InvitationView draft(OfficialInvitationInput input) {
        InvitationRules.Accepted accepted = rules.check(input);
        if (accepted.guestId() != null
                && !guestDrafts.alreadyInvited(accepted.event().id(), java.util.List.of(accepted.guestId())).isEmpty()) {
            throw new ConflictException("guestId: the guest already has an invitation that is not revoked");
        }
        Invitation invitation = drafts.create(accepted.recipient(), accepted.event(), accepted.guestId(),
                users.signedIn().id());
        invitation.expireAt(input.expiresAt());
        if (invitation.eventId() != null) {
            audit.record(invitation.eventId(), invitation.createdBy(), AuditActions.INVITATION_CREATED, AuditActions.INVITATION, invitation.id(), null, AuditChanges.pick(InvitationView.of(invitation), "number", "recipientName", "email", "guestId", "type", "seats", "customMessage", "expiresAt"));
        }
        return InvitationView.of(invitation);
    }

    public Page<InvitationView> list(InvitationFilter filter, String sort, PageRequest page) {
        return search.find(filter == null ? InvitationFilter.ALL : filter, sort, page);
    }

    public InvitationDetails get(UUID id) {
        Invitation invitation = existing(id);
        return new InvitationDetails(InvitationView.of(invitation), scans.of(id));
    }

    /**
     * Sends the e-mail again (a new code is not made); limited per invitation (429 when too soon).
     * The code's expiry stays unless the request renews it.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public InvitationView resend(UUID id, ResendRequest request) {
        if (request != null) {
            validator.check(request);
        }
        ExpiryRenewal renewal = request == null ? ExpiryRenewal.NONE : request.renewal();
        UUID caller = users.signedIn().id();
        sender.resend(id, renewal, caller);
        return self().get(id).invitation();
    }

    /** Sets (or with null, clears) when the code stops admitting; nothing is sent. */
    public InvitationView changeExpiry(UUID id, ExpiryChange change) {
        if (change == null) {
            throw new InvalidInputException("body", "must not be empty: send {\"expiresAt\": <instant or null>}");
        }
        validator.check(change);
        return InvitationView.of(expiries.change(id, null, change.expiresAt(), users.signedIn().id()));
    }

    /** The code stops admitting; the invitation and its scans stay for the record. Repeating it changes nothing. */
    public void revoke(UUID id) {
        Invitation invitation = em.find(Invitation.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (invitation == null) {
            throw new NotFoundException("Invitation " + id + " not found");
        }
        if (!invitation.revoked()) {
            UUID caller = users.signedIn().id();
            invitation.revoke(caller);
            if (invitation.eventId() != null) {
                audit.record(invitation.eventId(), caller, AuditActions.INVITATION_REVOKED, AuditActions.INVITATION, id, null, java.util.Map.of("number", invitation.number()));
            }
            LOG.info(() -> "Invitation " + invitation.number() + " revoked by user " + caller);
        }
    }

    public InvitationTotals stats() {
        return search.stats();
    }

    public byte[] qrPng(UUID id) {
        return QrCodes.png(links.validateUrl(doorCodes.codeFor(existing(id))));
    }

    public String qrSvg(UUID id) {
        return QrCodes.svg(links.validateUrl(doorCodes.codeFor(existing(id))));
    }

    private Invitation existing(UUID id) {
        Invitation invitation = em.find(Invitation.class, id);
        if (invitation == null) {
            throw new NotFoundException("Invitation " + id + " not found");
        }
        return invitation;
    }

    private OfficialInvitations self() {
        return context.getBusinessObject(OfficialInvitations.class);
    }
}
