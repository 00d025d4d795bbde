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

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public UUID store(ImportFile file) {
        em.persist(file);
        return file.id();
    }

    public byte[] content(UUID importId) {
        ImportFile file = em.find(ImportFile.class, importId);
        if (file == null) {
            throw new UnreadableFileException("The uploaded file " + importId + " is gone");
        }
        return file.content();
    }
}
