package dev.usher.imports.control;

import dev.usher.identity.control.Roles;
import dev.usher.imports.entity.ImportFile;
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

    public byte[] content(UUID importId) {
        ImportFile file = em.find(ImportFile.class, importId);
        if (file == null) {
            throw new UnreadableFileException("The uploaded file " + importId + " is gone");
        }
        return file.content();
    }
}
