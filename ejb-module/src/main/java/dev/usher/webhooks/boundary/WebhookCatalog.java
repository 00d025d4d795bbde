package dev.usher.webhooks.boundary;

import dev.usher.identity.control.Roles;
import dev.usher.webhooks.control.WebhookTypes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;

import java.util.List;

/**
 * The event types a subscription may name, for the console's checkboxes: the server's list, so a type
 * added in Java and SQL appears there without a change to the console. Names only, nothing of any event,
 * so every signed-in caller may read it.
 */
@Stateless
@RolesAllowed(Roles.USER)
public class WebhookCatalog {

    public List<String> types() {
        return WebhookTypes.ALL;
    }
}
