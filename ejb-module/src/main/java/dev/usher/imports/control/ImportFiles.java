package dev.usher.imports.control;

import dev.usher.identity.control.Roles;
import dev.usher.imports.boundary.GuestImports;
import dev.usher.imports.entity.ImportFile;
import dev.usher.platform.errors.ConflictException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.UUID;

/**
 * Stores uploads in a transaction of their own: the import job runs on another thread and
 * must find the file committed when it starts.
 */
@Stateless
@RolesAllowed(Roles.USER)
public class ImportFiles {

    /** Long enough for any upload to have registered its job (it does so within the request). */
    static final int ORPHAN_MINUTES = 15;

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public UUID store(ImportFile file) {
        em.persist(file);
        return file.id();
    }

    /** Removes a file whose job could not be started (the upload was refused after storing it). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void discard(UUID importId) {
        em.createNativeQuery("DELETE FROM import_files WHERE id = ?1").setParameter(1, importId).executeUpdate();
    }

    /**
     * Removes files that no job names, stored more than {@value #ORPHAN_MINUTES} minutes ago: a
     * server that died between storing a file and starting its job leaves one. Run before each
     * upload, so the table never keeps such files for long on a server that takes imports.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int discardOrphans() {
        return em.createNativeQuery("""
                        DELETE FROM import_files f
                        WHERE f.created_at < now() - make_interval(mins => ?1)
                          AND NOT EXISTS (SELECT 1 FROM job_runs r WHERE r.parameters ->> 'importId' = f.id::text)""")
                .setParameter(1, ORPHAN_MINUTES)
                .executeUpdate();
    }

    /**
     * Removes every upload the event keeps, for a guest's erasure: a file may hold the guest's row,
     * and no file is read line by line to find it. Files are kept only so that a failed or stopped
     * import can restart; those imports then cannot. Refused (409) while one of the event's imports
     * runs: it reads its file and may be adding the very guest. In the caller's transaction.
     */
    public int discardForErasure(UUID eventId) {
        Number running = (Number) em.createNativeQuery("""
                        SELECT count(*) FROM job_runs
                        WHERE event_id = ?1 AND job_name = ?2 AND batch_status IN ('STARTING', 'STARTED', 'STOPPING')""")
                .setParameter(1, eventId)
                .setParameter(2, GuestImports.JOB)
                .getSingleResult();
        if (running.longValue() > 0) {
            throw new ConflictException("An import of this event is running; erase the guest once it has ended");
        }
        return em.createNativeQuery("DELETE FROM import_files WHERE event_id = ?1").setParameter(1, eventId)
                .executeUpdate();
    }

    public byte[] content(UUID importId) {
        ImportFile file = em.find(ImportFile.class, importId);
        if (file == null) {
            throw new UnreadableFileException("The uploaded file " + importId + " is gone");
        }
        return file.content();
    }
}
