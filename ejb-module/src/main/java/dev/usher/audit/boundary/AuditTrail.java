package dev.usher.audit.boundary;

import dev.usher.audit.control.AuditActions;
import dev.usher.audit.control.AuditCsv;
import dev.usher.audit.control.AuditSearch;
import dev.usher.audit.entity.AuditEntry;
import dev.usher.events.control.EventMembership;
import dev.usher.events.entity.Event;
import dev.usher.events.entity.EventRole;
import dev.usher.identity.control.Roles;
import dev.usher.identity.control.UserAccounts;
import dev.usher.platform.errors.FieldError;
import dev.usher.platform.errors.InvalidInputException;
import dev.usher.platform.errors.NotFoundException;
import dev.usher.platform.paging.Page;
import dev.usher.platform.paging.PageRequest;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An event's audit trail, for its admins and for super-admins (who answer for every event, members or
 * not). Not {@code @RequiresEventRole}: the guard knows only members, so this applies the guard's own
 * check ({@link EventMembership#require}: a non-member 404, a viewer or editor 403) unless the caller
 * is a super-admin. Every read is of the event in the call only.
 */
@Stateless
@RolesAllowed(Roles.USER)
public class AuditTrail {

    /** The export holds at most this many entries, newest first; narrower filters export the rest. */
    public static final int MAX_EXPORT = 100_000;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    UserAccounts accounts;

    @Inject
    EventMembership membership;

    @Inject
    AuditSearch search;

    public Page<AuditEntryView> list(UUID eventId, AuditFilter filter, PageRequest page) {
        AuditFilter f = readable(eventId, filter);
        Page<AuditEntry> found = search.find(eventId, f, page);
        return new Page<>(found.items().stream().map(AuditEntryView::of).toList(), found.total(), found.skip(),
                found.limit());
    }

    /** The entries the filter selects as CSV (see {@link AuditCsv}). */
    public String exportCsv(UUID eventId, AuditFilter filter) {
        return AuditCsv.write(search.all(eventId, readable(eventId, filter), MAX_EXPORT));
    }

    /** Who may read first (so a stranger learns nothing from a filter's 422), then the filter's words. */
    private AuditFilter readable(UUID eventId, AuditFilter filter) {
        if (session.isCallerInRole(Roles.SUPER_ADMIN)) {
            if (eventId == null || em.find(Event.class, eventId) == null) {
                throw new NotFoundException("Event " + eventId + " not found");
            }
        } else {
            membership.require(eventId, accounts.callerId(session.getCallerPrincipal()), EventRole.admin);
        }
        AuditFilter f = filter == null ? AuditFilter.ALL : filter;
        List<FieldError> errors = new ArrayList<>();
        if (f.action() != null && !AuditActions.ACTIONS.contains(f.action())) {
            errors.add(new FieldError("action", "must be one of " + String.join(", ", AuditActions.ACTIONS)));
        }
        if (f.subjectType() != null && !AuditActions.SUBJECT_TYPES.contains(f.subjectType())) {
            errors.add(new FieldError("subjectType", "must be one of "
                    + String.join(", ", AuditActions.SUBJECT_TYPES)));
        }
        if (f.from() != null && f.to() != null && !f.from().isBefore(f.to())) {
            errors.add(new FieldError("to", "must be after from"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return f;
    }
}
