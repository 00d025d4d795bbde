package dev.usher.invitations.control;

import dev.usher.invitations.boundary.ScanView;

import java.util.List;
import java.util.UUID;

/**
 * Every scan of one code, oldest first, for the invitation's details. Check-in records the
 * scans and implements this, so invitations does not depend on check-in (check-in depends on
 * invitations for the codes it admits).
 */
public interface ScanRecords {

    List<ScanView> of(UUID invitationId);
}
