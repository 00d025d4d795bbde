package dev.usher.audit.control;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The words of the trail: what was done ({@code <subject>.<verb>}) and to what kind of subject. One
 * list, so the filters can refuse a word no entry could carry instead of answering an empty page.
 */
public final class AuditActions {

    public static final String GUEST = "guest";
    public static final String MEMBER = "member";
    public static final String INVITATION = "invitation";
    public static final String EVENT = "event";
    /** A bulk job started (a file import, a bulk send): one entry per job, not per row. */
    public static final String JOB = "job";

    public static final String GUEST_CREATED = "guest.created";
    public static final String GUEST_UPDATED = "guest.updated";
    public static final String GUEST_DELETED = "guest.deleted";
    /** Deleted on request, and named nowhere else any more (privacy's erasure). */
    public static final String GUEST_ERASED = "guest.erased";
    /** A JSON import: many guests in one request and transaction, one entry with its counts. */
    /** Duplicates merged into the subject (the kept guest); the entry names the merge and the merged guests. */
    public static final String GUEST_MERGED = "guest.merged";
    public static final String GUEST_MERGE_UNDONE = "guest.merge_undone";
    public static final String GUEST_IMPORTED = "guest.imported";
    public static final String GUEST_IMPORT_STARTED = "guest.import_started";
    public static final String MEMBER_ADDED = "member.added";
    public static final String MEMBER_ROLE_CHANGED = "member.role_changed";
    public static final String MEMBER_REMOVED = "member.removed";
    public static final String INVITATION_CREATED = "invitation.created";
    public static final String INVITATION_REVOKED = "invitation.revoked";
    public static final String INVITATION_RESENT = "invitation.resent";
    public static final String INVITATION_EXPIRY_CHANGED = "invitation.expiry_changed";
    public static final String INVITATION_BULK_SEND_STARTED = "invitation.bulk_send_started";
    public static final String EVENT_CREATED = "event.created";
    public static final String EVENT_SETTINGS_CHANGED = "event.settings_changed";

    public static final Set<String> ACTIONS = new TreeSet<>(List.of(GUEST_CREATED, GUEST_UPDATED, GUEST_DELETED, GUEST_ERASED,
            GUEST_MERGED, GUEST_MERGE_UNDONE, GUEST_IMPORTED, GUEST_IMPORT_STARTED, MEMBER_ADDED, MEMBER_ROLE_CHANGED, MEMBER_REMOVED,
            INVITATION_CREATED, INVITATION_REVOKED, INVITATION_RESENT, INVITATION_EXPIRY_CHANGED, INVITATION_BULK_SEND_STARTED,
            EVENT_CREATED, EVENT_SETTINGS_CHANGED));

    public static final Set<String> SUBJECT_TYPES = new TreeSet<>(List.of(GUEST, MEMBER, INVITATION, EVENT, JOB));

    private AuditActions() {
    }
}
