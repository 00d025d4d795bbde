package dev.usher.invitations.boundary;

import dev.usher.audit.control.AuditActions;
import dev.usher.audit.control.AuditChanges;
import dev.usher.audit.control.AuditLog;
import dev.usher.events.control.EventAccess;
import dev.usher.events.control.EventId;
import dev.usher.events.control.RequiresEventRole;
import dev.usher.events.entity.EventMember;
import dev.usher.events.entity.EventRole;
import dev.usher.guests.boundary.GuestFilter;
import dev.usher.guests.boundary.GuestView;
import dev.usher.guests.control.EventGuests;
import dev.usher.guests.control.GuestSearch;
import dev.usher.identity.control.Roles;
import dev.usher.invitations.control.ExpiryChanges;
import dev.usher.invitations.control.ExpiryRenewal;
import dev.usher.invitations.control.GuestInvitationDrafts;
import dev.usher.invitations.control.InvitationSearch;
import dev.usher.invitations.control.InvitationSender;
import dev.usher.invitations.entity.Invitation;
import dev.usher.platform.errors.FieldError;
import dev.usher.platform.errors.InvalidInputException;
import dev.usher.platform.errors.NotFoundException;
import dev.usher.platform.paging.Page;
import dev.usher.platform.paging.PageRequest;
import dev.usher.platform.validation.InputValidator;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An event admin invites the event's own guests: one invitation per guest, with the guest's
 * name, e-mail and party size, sent at once. Up to {@link #MAX_GUESTS} guests are handled in the
 * request; a larger choice goes to the invitation-send job, which applies the same rule
 * ({@link GuestInvitationDrafts}) and the same sender item by item.
 */
@Stateless
@RolesAllowed(Roles.USER)
public class EventInvitations {

    public static final int MAX_GUESTS = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    EventGuests eventGuests;

    @Resource
    SessionContext context;

    @Inject
    EventAccess access;

    @Inject
    InputValidator validator;

    @Inject
    GuestSearch guests;

    @Inject
    GuestInvitationDrafts guestDrafts;

    @Inject
    BulkInvitationSends bulk;

    @Inject
    InvitationSender sender;

    @Inject
    InvitationSearch search;

    @Inject
    ExpiryChanges expiries;

    @Inject
    AuditLog audit;

    /** What {@link #prepare} made: the new invitations and who was skipped. */
    public record Prepared(List<UUID> invitationIds, List<GuestInvitationReport.Skipped> skipped, int requested,
                           UUID by) {
    }

    /**
     * Invites the chosen guests. Up to {@link #MAX_GUESTS}: the invitations are made
     * (committed), then e-mailed unless {@code send} is false, and the report says what became
     * of each. More: the invitation-send job does the same, and its view is returned.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public GuestInvitationAnswer invite(UUID eventId, GuestInvitationRequest request) {
        EventInvitations self = context.getBusinessObject(EventInvitations.class);
        List<UUID> chosen = self.choose(eventId, request);
        if (chosen.size() > MAX_GUESTS) {
            return new GuestInvitationAnswer(null, bulk.forGuests(eventId, chosen, request));
        }
        Prepared prepared = self.prepare(eventId, chosen, request);
        int sent = 0;
        int failed = 0;
        if (request.send() == null || request.send()) {
            for (InvitationSender.Outcome outcome : sender.sendAll(prepared.invitationIds(), prepared.by())) {
                if (outcome.sent()) {
                    sent++;
                } else {
                    failed++;
                }
            }
        }
        List<InvitationView> views = self.views(eventId, prepared.invitationIds());
        return new GuestInvitationAnswer(
                new GuestInvitationReport(prepared.requested(), views.size(), sent, failed, views, prepared.skipped()),
                null);
    }

    /**
     * Checks the request; the ids of the guests it names, or of every guest its filter matches,
     * without the guests who declined unless the request asks for them.
     */
    @RequiresEventRole(EventRole.admin)
    public List<UUID> choose(@EventId UUID eventId, GuestInvitationRequest request) {
        List<UUID> named = named(eventId, request);
        if (request.invitesDeclined() || named.isEmpty()) {
            return named;
        }
        Set<UUID> declined = eventGuests.declinedAmong(eventId, named);
        return declined.isEmpty() ? named : named.stream().filter(id -> !declined.contains(id)).toList();
    }

    /**
     * What a bulk send of this request would do, before it is sent (the console's confirmation):
     * how many guests it names, how many of them declined and are left out, and how many of the
     * rest get an e-mail (the others have no address or already hold an invitation).
     */
    @RequiresEventRole(EventRole.admin)
    public InvitationAudience count(@EventId UUID eventId, GuestInvitationRequest request) {
        List<UUID> named = named(eventId, request);
        List<UUID> chosen = choose(eventId, request);
        // Only each guest's address is needed: no GuestView, which would load every household's
        // members and answers one guest at a time.
        Map<UUID, String> emailById = new java.util.HashMap<>();
        for (int from = 0; from < chosen.size(); from += 10_000) {
            eventGuests.among(eventId, chosen.subList(from, Math.min(chosen.size(), from + 10_000)))
                    .forEach(g -> emailById.put(g.id(), g.email()));
        }
        Set<UUID> invited = guestDrafts.invitedAmong(eventId, emailById.keySet());
        int noEmail = 0;
        int already = 0;
        for (Map.Entry<UUID, String> guest : emailById.entrySet()) {
            if (guest.getValue() == null) {
                noEmail++;
            } else if (invited.contains(guest.getKey())) {
                already++;
            }
        }
        return new InvitationAudience(named.size(), named.size() - chosen.size(), noEmail, already,
                chosen.size() - noEmail - already);
    }

    private List<UUID> named(UUID eventId, GuestInvitationRequest request) {
        validator.check(request);
        boolean byIds = request.guestIds() != null;
        if (byIds == (request.filter() != null)) {
            throw new InvalidInputException("body", "name the guests either by guestIds or by a filter ({} for all)");
        }
        if (!byIds) {
            GuestInvitationRequest.Selection s = request.filter();
            return guests.ids(eventId, new GuestFilter(s.status(), s.side(), s.q()));
        }
        if (request.guestIds().isEmpty()) {
            throw new InvalidInputException("guestIds", "must name at least one guest");
        }
        List<UUID> ids = request.guestIds().stream().distinct().toList();
        Set<UUID> found = eventGuests.idsAmong(eventId, ids);
        List<FieldError> missing = new ArrayList<>();
        for (int i = 0; i < ids.size() && missing.size() < 50; i++) {
            if (!found.contains(ids.get(i))) {
                missing.add(new FieldError("guestIds[" + i + "]", "no such guest in this event"));
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        return ids;
    }

    /** Stores one pending invitation per chosen guest who can be invited (at most {@link #MAX_GUESTS}). */
    @RequiresEventRole(EventRole.admin)
    public Prepared prepare(@EventId UUID eventId, List<UUID> chosen, GuestInvitationRequest request) {
        if (chosen.size() > MAX_GUESTS) {
            throw new IllegalArgumentException("At most " + MAX_GUESTS + " guests are invited in one request");
        }
        EventMember caller = access.member(eventId);
        Map<UUID, GuestView> byId = chosen.isEmpty() ? Map.of() : eventGuests.among(eventId, chosen).stream()
                .map(GuestView::of)
                .collect(Collectors.toMap(GuestView::id, Function.identity()));
        Set<UUID> alreadyInvited = guestDrafts.alreadyInvited(eventId, byId.keySet());
        GuestInvitationDrafts.Terms terms = new GuestInvitationDrafts.Terms(request.type(), request.customMessage(),
                request.seats(), request.expiresAt());
        List<UUID> created = new ArrayList<>();
        List<GuestInvitationReport.Skipped> skipped = new ArrayList<>();
        for (UUID id : chosen) {
            GuestView guest = byId.get(id);
            if (guest == null) {
                skipped.add(new GuestInvitationReport.Skipped(id, "was deleted"));
                continue;
            }
            String refusal = guestDrafts.refusal(guest, alreadyInvited.contains(id));
            if (refusal != null) {
                skipped.add(new GuestInvitationReport.Skipped(id, refusal));
            } else {
                Invitation made = guestDrafts.create(caller.event(), guest, terms, caller.user().id());
                created.add(made.id());
                audit.record(eventId, caller.user().id(), AuditActions.INVITATION_CREATED, AuditActions.INVITATION, made.id(), null, AuditChanges.pick(InvitationView.of(made), "number", "recipientName", "email", "guestId", "type", "seats", "customMessage", "expiresAt"));
            }
        }
        return new Prepared(created, skipped, chosen.size(), caller.user().id());
    }

    /**
     * E-mails one of the event's invitations again (the same code), e.g. one a crashed bulk send
     * left in doubt; limited per invitation like an official resend (429 when too soon).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public InvitationView resend(UUID eventId, UUID invitationId, ResendRequest request) {
        EventInvitations self = context.getBusinessObject(EventInvitations.class);
        UUID by = self.checkResend(eventId, invitationId);
        if (request != null) {
            validator.check(request);
        }
        sender.resend(invitationId, request == null ? ExpiryRenewal.NONE : request.renewal(), by);
        return self.views(eventId, List.of(invitationId)).get(0);
    }

    /** Sets (or with null, clears) when one of the event's codes stops admitting; nothing is sent. */
    @RequiresEventRole(EventRole.admin)
    public InvitationView changeExpiry(@EventId UUID eventId, UUID invitationId, ExpiryChange change) {
        if (change == null) {
            throw new InvalidInputException("body", "must not be empty: send {\"expiresAt\": <instant or null>}");
        }
        validator.check(change);
        return InvitationView.of(expiries.change(invitationId, eventId, change.expiresAt(), access.member(eventId).user().id()));
    }

    /** The caller (an admin of the event), once the invitation is known to be the event's. */
    @RequiresEventRole(EventRole.admin)
    public UUID checkResend(@EventId UUID eventId, UUID invitationId) {
        Invitation invitation = em.find(Invitation.class, invitationId);
        if (invitation == null || !eventId.equals(invitation.eventId())) {
            throw new NotFoundException("Invitation " + invitationId + " not found in this event");
        }
        return access.member(eventId).user().id();
    }

    @RequiresEventRole(EventRole.admin)
    public Page<InvitationView> list(@EventId UUID eventId, InvitationFilter filter, String sort, PageRequest page) {
        InvitationFilter f = filter == null ? InvitationFilter.ALL : filter;
        return search.find(new InvitationFilter(f.status(), eventId, f.type(), f.createdFrom(), f.createdTo(), f.search()),
                sort, page);
    }

    /** The invitations with these ids, in this order, as they stand now. */
    @RequiresEventRole(EventRole.admin)
    public List<InvitationView> views(@EventId UUID eventId, List<UUID> invitationIds) {
        if (invitationIds.isEmpty()) {
            return List.of();
        }
        Map<UUID, InvitationView> byId = em.createQuery(
                        "select i from Invitation i left join fetch i.event where i.eventId = :eventId and i.id in :ids",
                        Invitation.class)
                .setParameter("eventId", eventId)
                .setParameter("ids", invitationIds)
                .getResultList().stream()
                .collect(Collectors.toMap(Invitation::id, InvitationView::of));
        return invitationIds.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }
}
