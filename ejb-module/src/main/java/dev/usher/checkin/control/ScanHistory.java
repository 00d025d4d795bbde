package dev.usher.checkin.control;

import dev.usher.checkin.entity.InvitationScan;
import dev.usher.invitations.boundary.ScanView;
import dev.usher.invitations.control.ScanRecords;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.UUID;

/** Every scan of one code, oldest first, for the invitation's details. */
@Dependent
public class ScanHistory implements ScanRecords {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<ScanView> of(UUID invitationId) {
        return em.createNamedQuery(InvitationScan.FIND_BY_INVITATION, InvitationScan.class)
                .setParameter("invitationId", invitationId)
                .getResultList().stream().map(ScanHistory::view).toList();
    }

    private static ScanView view(InvitationScan s) {
        return new ScanView(s.id(), s.scannedAt(), s.station(), s.stationEventId(), s.scannedBy(), s.outcome().wire(),
                s.seatsAdmitted(), s.seatsLeft(), s.revertedAt(), s.revertedBy(), s.source().name());
    }
}
