package dev.usher.invitations.control;

import dev.usher.mail.MailOutbox;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * One item of a bulk invitation send, start to end: the invitation (made for a guest on the
 * way), then its e-mail, at most once per send. The invitation-send job calls this item by item
 * with one mail connection per chunk; it runs outside any transaction of its own, each step
 * committing by itself, so a crash between steps leaves a state the next run can read.
 */
@Dependent
public class BulkInvitationSender {

    @Inject
    BulkSendList list;

    @Inject
    InvitationSender sender;

    /**
     * What a bulk send is: its id (the ledger's key for its e-mails), the event of its guests
     * (null for official invitations), what the invitations say, whether to e-mail them, and who
     * started it.
     */
    public record BulkSend(UUID sendId, UUID eventId, GuestInvitationDrafts.Terms terms, boolean send, UUID by) {
    }

    public BulkOutcome handle(BulkSend run, BulkSendList.Item item, MailOutbox.Connection connection) {
        BulkSendList.Drafted drafted = list.invitationFor(run.sendId(), item, run.eventId(), run.terms(), run.by());
        if (drafted.refusal() != null) {
            return new BulkOutcome(BulkOutcome.Kind.skipped, null, "guest " + drafted.refusal());
        }
        if (!run.send()) {
            return BulkOutcome.of(BulkOutcome.Kind.drafted, drafted.invitationId());
        }
        return sender.sendInBulk(drafted.invitationId(), run.sendId(), run.by(), connection);
    }
}
