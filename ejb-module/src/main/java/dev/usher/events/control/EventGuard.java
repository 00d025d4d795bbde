package dev.usher.events.control;

import dev.usher.identity.control.UserAccounts;
import dev.usher.platform.errors.NotFoundException;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.UUID;

/**
 * Where event roles are checked for every event-scoped boundary method ({@link RequiresEventRole}):
 * it runs inside the boundary's transaction, after the container has checked the global
 * {@code @RolesAllowed}, so neither a resource nor a batch job can reach event data without
 * passing here. The check itself is {@link EventMembership}'s, the same one the boundaries whose
 * event is not in the call (check-in, jobs) apply.
 */
@Interceptor
@RequiresEventRole
@Priority(Interceptor.Priority.APPLICATION)
public class EventGuard {

    /** The called EJB's context: who is calling (an interceptor shares its bean's environment). */
    @Resource
    SessionContext session;

    @Inject
    UserAccounts accounts;

    @Inject
    EventMembership membership;

    @Inject
    EventAccess access;

    @AroundInvoke
    public Object guard(InvocationContext context) throws Exception {
        Method method = context.getMethod();
        RequiresEventRole rule = method.getAnnotation(RequiresEventRole.class);
        if (rule == null) {
            rule = method.getDeclaringClass().getAnnotation(RequiresEventRole.class);
        }
        UUID eventId = eventId(method, context.getParameters());
        UUID userId = accounts.callerId(session.getCallerPrincipal());
        access.admit(membership.require(eventId, userId, rule.value()));
        return context.proceed();
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
