package dev.usher.identity.control;

/**
 * Global roles. {@link #USER} is every signed-in caller (the EAR binds it to all
 * authenticated users); the others come one-to-one from the token's {@code groups} claim.
 * Event roles (admin, editor, viewer) are not global: they live in event_members.
 */
public final class Roles {

    public static final String USER = "user";
    public static final String SUPER_ADMIN = "super-admin";
    public static final String SCANNER = "scanner";
    public static final String BATCH_OPERATOR = "batch-operator";

    private Roles() {
    }
}
