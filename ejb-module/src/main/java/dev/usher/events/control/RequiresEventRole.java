package dev.usher.events.control;

import dev.usher.events.entity.EventRole;
import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a boundary method as event-scoped: the {@link EventGuard} lets the call through
 * only if the caller is a member of the event named by the {@link EventId} parameter with
 * at least this role. A non-member gets 404 (the event's existence is not revealed), a
 * member with too low a role 403.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresEventRole {

    @Nonbinding
    EventRole value() default EventRole.viewer;
}
