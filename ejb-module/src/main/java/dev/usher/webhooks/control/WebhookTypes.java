package dev.usher.webhooks.control;

import java.util.List;

/**
 * The event types a subscription may name; each is emitted by a database trigger (V21's and V23's),
 * in the transaction of the change.
 */
public final class WebhookTypes {

    public static final String GUEST_RSVP_CHANGED = "guest.rsvp_changed";

    public static final String CHECKIN_ADMITTED = "checkin.admitted";

    /** An admission taken back at the door. */
    public static final String CHECKIN_UNDONE = "checkin.undone";

    /** An invitation's first hand-over to the mail server. */
    public static final String INVITATION_SENT = "invitation.sent";

    /** An invitation's first send failed (it had never gone out). */
    public static final String INVITATION_FAILED = "invitation.failed";

    /** The first fetch of an invitation e-mail's tracking pixel. */
    public static final String INVITATION_OPENED = "invitation.opened";

    /** An execution of one of the event's jobs reached a final status. */
    public static final String JOB_FINISHED = "job.finished";

    public static final List<String> ALL = List.of(GUEST_RSVP_CHANGED, CHECKIN_ADMITTED, CHECKIN_UNDONE,
            INVITATION_SENT, INVITATION_FAILED, INVITATION_OPENED, JOB_FINISHED);

    private WebhookTypes() {
    }
}
