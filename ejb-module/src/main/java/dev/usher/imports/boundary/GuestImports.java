package dev.usher.imports.boundary;

import dev.usher.audit.control.AuditActions;
import dev.usher.audit.control.AuditLog;
import dev.usher.events.control.EventAccess;
import dev.usher.events.control.EventId;
import dev.usher.events.control.RequiresEventRole;
import dev.usher.events.entity.EventMember;
import dev.usher.events.entity.EventRole;
import dev.usher.guests.control.DuplicatePolicy;
import dev.usher.guests.control.PhoneRegions;
import dev.usher.identity.control.Roles;
import dev.usher.imports.control.ColumnMapping;
import dev.usher.imports.control.ImportFiles;
import dev.usher.imports.entity.ImportFile;
import dev.usher.jobs.boundary.JobView;
import dev.usher.jobs.control.JobLaunches;
import dev.usher.platform.errors.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/** Uploading a guest file starts a {@code guest-import} job (editors and admins). */
@Stateless
@RolesAllowed(Roles.USER)
public class GuestImports {

    public static final String JOB = "guest-import";

    @Inject
    JobLaunches launches;

    @Inject
    EventAccess access;

    @Inject
    ImportFiles files;

    @Inject
    PhoneRegions regions;

    @Inject
    AuditLog audit;

    /** File names and types travel as job parameters, whose column is bounded. */
    static final int MAX_NAME = 255;

    @Inject
    @ConfigProperty(name = "usher.import.max-file-bytes", defaultValue = "52428800")
    long maxFileBytes;

    @RequiresEventRole(EventRole.editor)
    public JobView start(@EventId UUID eventId, ImportRequest request) {
        if (request.content() == null || request.content().length == 0) {
            throw new InvalidInputException("file", "must be a non-empty CSV or XLSX file");
        }
        if (request.content().length > maxFileBytes) {
            throw new InvalidInputException("file", "is larger than " + maxFileBytes + " bytes");
        }
        if (request.fileName() != null && request.fileName().length() > MAX_NAME) {
            throw new InvalidInputException("file", "has a name longer than " + MAX_NAME + " characters");
        }
        if (request.contentType() != null && request.contentType().length() > MAX_NAME) {
            throw new InvalidInputException("file", "has a content type longer than " + MAX_NAME + " characters");
        }
        DuplicatePolicy policy = DuplicatePolicy.parse(request.duplicates());
        Map<String, String> mapping = request.mapping() == null ? Map.of() : request.mapping();
        ColumnMapping.checkExplicit(mapping);
        EventMember caller = access.member(eventId);

        // Every check is above: a refused upload stores nothing and starts no job instance.
        files.discardOrphans();
        UUID importId = files.store(new ImportFile(eventId, request.fileName(), request.contentType(),
                request.content(), caller.user().id()));
        try {
            return launch(eventId, request, importId, policy, mapping, caller);
        } catch (RuntimeException e) {
            files.discard(importId); // stored in a transaction of its own: undo it by hand
            throw e;
        }
    }

    private JobView launch(UUID eventId, ImportRequest request, UUID importId, DuplicatePolicy policy,
                           Map<String, String> mapping, EventMember caller) {
        Properties parameters = new Properties();
        parameters.setProperty("eventId", eventId.toString());
        parameters.setProperty("importId", importId.toString());
        parameters.setProperty("fileName", request.fileName() == null ? "upload" : request.fileName());
        parameters.setProperty("startedBy", caller.user().id().toString());
        parameters.setProperty("dryRun", Boolean.toString(request.dryRun()));
        parameters.setProperty("duplicates", policy.wire());
        parameters.setProperty("mapping", json(mapping));
        String region = regions.forEvent(caller.event());
        if (region != null) {
            parameters.setProperty("phoneRegion", region);
        }
        JobView started = launches.launch(JOB, eventId, caller.user().id(), parameters);
        audit.record(eventId, caller.user().id(), AuditActions.GUEST_IMPORT_STARTED, AuditActions.JOB, null, null, Map.of("executionId", started.executionId(), "fileName", parameters.getProperty("fileName"), "dryRun", request.dryRun(), "duplicates", policy.wire()));
        return started;
    }

    private static String json(Map<String, String> mapping) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        mapping.forEach(json::add);
        return json.build().toString();
    }
}
