package dev.usher.invitations.boundary;

import dev.usher.events.control.EventAccess;
import dev.usher.events.control.EventId;
import dev.usher.events.control.RequiresEventRole;
import dev.usher.events.entity.EventMember;
import dev.usher.events.entity.EventRole;
import dev.usher.guests.boundary.GuestFilter;
import dev.usher.guests.boundary.GuestView;
import dev.usher.guests.control.GuestSearch;
import dev.usher.identity.control.Roles;
import dev.usher.invitations.control.InvitationDrafts;
import dev.usher.invitations.control.InvitationRules;
import dev.usher.invitations.control.InvitationSearch;
import dev.usher.invitations.control.InvitationSender;
import dev.usher.invitations.entity.Invitation;
import dev.usher.invitations.entity.InvitationStatus;
import dev.usher.invitations.entity.InvitationType;
import dev.usher.invitations.entity.Recipient;
import dev.usher.platform.errors.FieldError;
import dev.usher.platform.errors.InvalidInputException;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An event admin invites the event's own guests: one invitation per guest, with the guest's
 * name, e-mail and party size, sent at once. Up to {@link #MAX_GUESTS} guests per request; the
 * bulk send of larger lists belongs to the invitation-send batch job, which calls the same
 * {@link InvitationSender} item by item.
 */
@Stateless
@RolesAllowed(Roles.USER)
public class EventInvitations {

    public static final int MAX_GUESTS = 500;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    EventAccess access;

    @Inject
    InputValidator validator;

    @Inject
    GuestSearch guests;

    @Inject
    InvitationDrafts drafts;

    @Inject
    InvitationSender sender;

    @Inject
    InvitationSearch search;

    /** What {@link #prepare} made: the new invitations and who was skipped. */
    public record Prepared(List<UUID> invitationIds, List<GuestInvitationReport.Skipped> skipped, int requested,
                           UUID by) {
    }

    /** Creates the invitations (committed), then sends them unless {@code send} is false. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public GuestInvitationReport invite(UUID eventId, GuestInvitationRequest request) {
        EventInvitations self = context.getBusinessObject(EventInvitations.class);
        Prepared prepared = self.prepare(eventId, request);
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
        return new GuestInvitationReport(prepared.requested(), views.size(), sent, failed, views, prepared.skipped());
    }

    /** Checks the request and stores one pending invitation per guest to invite. */
    @RequiresEventRole(EventRole.admin)
    public Prepared prepare(@EventId UUID eventId, GuestInvitationRequest request) {
        validator.check(request);
        EventMember caller = access.member(eventId);
        List<GuestView> chosen = chosen(eventId, request);
        Set<UUID> alreadyInvited = new HashSet<>(chosen.isEmpty() ? List.of() : em.createQuery("""
                        select i.guestId from Invitation i
                        where i.eventId = :eventId and i.guestId in :guestIds and i.status <> :revoked""", UUID.class)
                .setParameter("eventId", eventId)
                .setParameter("guestIds", chosen.stream().map(GuestView::id).toList())
                .setParameter("revoked", InvitationStatus.revoked)
                .getResultList());
        List<UUID> created = new ArrayList<>();
        List<GuestInvitationReport.Skipped> skipped = new ArrayList<>();
        for (GuestView guest : chosen) {
            if (guest.email() == null) {
                skipped.add(new GuestInvitationReport.Skipped(guest.id(), "has no e-mail address"));
            } else if (alreadyInvited.contains(guest.id())) {
                skipped.add(new GuestInvitationReport.Skipped(guest.id(), "already has an invitation"));
            } else {
                String name = guest.lastName() == null ? guest.firstName() : guest.firstName() + " " + guest.lastName();
                Recipient recipient = new Recipient(name.length() > 200 ? name.substring(0, 200) : name,
                        guest.email(), guest.phone(),
                        request.type() == null ? InvitationType.general : request.type(),
                        InvitationRules.blankToNull(request.customMessage()),
                        request.seats() == null ? guest.partySize() : request.seats());
                created.add(drafts.create(recipient, caller.event(), guest.id(), caller.user().id()).id());
            }
        }
        return new Prepared(created, skipped, chosen.size(), caller.user().id());
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

    private List<GuestView> chosen(UUID eventId, GuestInvitationRequest request) {
        boolean byIds = request.guestIds() != null;
        if (byIds == (request.filter() != null)) {
            throw new InvalidInputException("body", "name the guests either by guestIds or by a filter ({} for all)");
        }
        if (!byIds) {
            GuestInvitationRequest.Selection s = request.filter();
            Page<GuestView> page = guests.find(eventId, new GuestFilter(s.status(), s.side(), s.q()), null,
                    new PageRequest(0, MAX_GUESTS));
            if (page.total() > MAX_GUESTS) {
                throw new InvalidInputException("filter", "matches " + page.total() + " guests; at most " + MAX_GUESTS
                        + " can be invited in one request");
            }
            return page.items();
        }
        if (request.guestIds().isEmpty()) {
            throw new InvalidInputException("guestIds", "must name at least one guest");
        }
        List<UUID> ids = request.guestIds().stream().distinct().toList();
        Map<UUID, GuestView> found = em.createQuery(
                        "select g from dev.usher.guests.entity.Guest g where g.event.id = :eventId and g.id in :ids",
                        dev.usher.guests.entity.Guest.class)
                .setParameter("eventId", eventId)
                .setParameter("ids", ids)
                .getResultList().stream()
                .map(GuestView::of)
                .collect(Collectors.toMap(GuestView::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<FieldError> missing = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!found.containsKey(ids.get(i))) {
                missing.add(new FieldError("guestIds[" + i + "]", "no such guest in this event"));
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        return ids.stream().map(found::get).toList();
    }
}
