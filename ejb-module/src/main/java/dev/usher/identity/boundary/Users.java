package dev.usher.identity.boundary;

import dev.usher.identity.control.Roles;
import dev.usher.identity.control.UserAccounts;
import dev.usher.identity.entity.User;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The signed-in caller as a {@link User} row, created on first sight. Every other
 * boundary asks here instead of reading the token itself.
 */
@Stateless
@PermitAll
public class Users {

    @Resource
    SessionContext session;

    @Inject
    UserAccounts accounts;

    /**
     * The caller's user row; inserted if this identity was never seen, activated if it was
     * only invited (see {@link UserAccounts#signedIn}).
     */
    public User signedIn() {
        return accounts.signedIn(session.getCallerPrincipal());
    }

    /** The caller's user id, without reading the row when the caller was seen active recently. */
    public UUID callerId() {
        return accounts.callerId(session.getCallerPrincipal());
    }

    /** The caller's own profile and global roles. */
    @RolesAllowed(Roles.USER)
    public Me me() {
        User user = signedIn();
        return new Me(user.id(), user.email(), user.displayName(), globalRoles());
    }

    /** The user with this e-mail, or a new pending one (an invitation to someone who never signed in). */
    public User findOrInvite(String email, String displayName) {
        return accounts.findOrInvite(email, displayName);
    }

    /** The caller's global roles, as the container decided them from the token's groups. */
    public Set<String> globalRoles() {
        return Stream.of(Roles.USER, Roles.SUPER_ADMIN, Roles.SCANNER, Roles.BATCH_OPERATOR)
                .filter(session::isCallerInRole)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
