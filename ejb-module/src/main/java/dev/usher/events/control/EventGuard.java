package dev.usher.events.control;

import dev.usher.events.entity.EventMember;
import dev.usher.events.entity.EventRole;
import dev.usher.identity.boundary.Users;
import dev.usher.platform.errors.ForbiddenException;
import dev.usher.platform.errors.NotFoundException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.UUID;

/**
 * The one place event roles are checked. It runs inside the boundary's transaction,
 * after the container has checked the global {@code @RolesAllowed}, so neither a resource
 * nor a batch job can reach event data without passing here.
 */
@Interceptor
@RequiresEventRole
@Priority(Interceptor.Priority.APPLICATION)
public class EventGuard {

    @Inject
    Users users;

    @Inject
    EventAccess access;

    @PersistenceContext
    EntityManager em;

    @AroundInvoke
    public Object guard(InvocationContext context) throws Exception {
        Method method = context.getMethod();
        RequiresEventRole rule = method.getAnnotation(RequiresEventRole.class);
        if (rule == null) {
            rule = method.getDeclaringClass().getAnnotation(RequiresEventRole.class);
        }
        UUID eventId = eventId(method, context.getParameters());
        UUID userId = users.callerId();
        List<EventMember> found = em.createNamedQuery(EventMember.FIND_BY_EVENT_AND_USER, EventMember.class)
                .setParameter("eventId", eventId)
                .setParameter("userId", userId)
                .getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("Event " + eventId + " not found");
        }
        EventMember member = found.get(0);
        EventRole required = rule.value();
        if (!member.role().includes(required)) {
            throw new ForbiddenException("This needs the " + required + " role in this event; you are "
                    + article(member.role()) + " " + member.role());
        }
        access.admit(member);
        return context.proceed();
    }

    private static String article(EventRole role) {
        return role == EventRole.admin ? "an" : "a";
    }

    private static UUID eventId(Method method, Object[] arguments) {
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i].isAnnotationPresent(EventId.class)) {
                if (arguments[i] == null) {
                    throw new NotFoundException("Event not found");
                }
                return (UUID) arguments[i];
            }
        }
        throw new IllegalStateException(method + " is event-scoped but has no @EventId parameter");
    }
}
