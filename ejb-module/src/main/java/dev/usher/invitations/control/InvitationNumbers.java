package dev.usher.invitations.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Invitation numbers INV-0001, INV-0002, ... from a PostgreSQL sequence: unique across servers,
 * and never reused, because a sequence does not roll back with the transaction that took a value.
 * Past 9999 the number simply grows (INV-10000).
 */
@Dependent
public class InvitationNumbers {

    @PersistenceContext
    EntityManager em;

    public String next() {
        Number value = (Number) em.createNativeQuery("SELECT nextval('invitation_number_seq')").getSingleResult();
        return format(value.longValue());
    }

    public static String format(long value) {
        return String.format("INV-%04d", value);
    }
}
