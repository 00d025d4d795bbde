package dev.usher.checkin.control;

import dev.usher.checkin.boundary.ScanView;
import dev.usher.checkin.entity.InvitationScan;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.UUID;

/** Every scan of one code, oldest first, for the invitation's details. */
@Dependent
public class ScanHistory {

    @PersistenceContext
    EntityManager em;

    public List<ScanView> of(UUID invitationId) {
        return em.createNamedQuery(InvitationScan.FIND_BY_INVITATION, InvitationScan.class)
                .setParameter("invitationId", invitationId)
                .getResultList().stream().map(ScanView::of).toList();
    }
}
