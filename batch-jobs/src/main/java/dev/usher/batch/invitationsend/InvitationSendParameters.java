package dev.usher.batch.invitationsend;

import dev.usher.invitations.control.BulkInvitationSender;
import dev.usher.invitations.control.GuestInvitationDrafts;
import dev.usher.invitations.entity.InvitationType;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The bulk send's job parameters (passed as step properties by the job XML). */
@Dependent
public class InvitationSendParameters {

    @Inject
    StepContext step;

    private String property(String name) {
        String value = step.getProperties().getProperty(name);
        return value == null || value.isBlank() ? null : value;
    }

    public UUID sendId() {
        return UUID.fromString(property("sendId"));
    }

    public BulkInvitationSender.BulkSend bulkSend() {
        String type = property("type");
        String seats = property("seats");
        String expiresAt = property("expiresAt");
        return new BulkInvitationSender.BulkSend(sendId(), uuid(property("eventId")),
                new GuestInvitationDrafts.Terms(type == null ? null : InvitationType.valueOf(type),
                        property("customMessage"), seats == null ? null : Integer.valueOf(seats),
                        expiresAt == null ? null : OffsetDateTime.parse(expiresAt)),
                !"false".equals(property("send")), uuid(property("startedBy")));
    }

    private static UUID uuid(String text) {
        return text == null ? null : UUID.fromString(text);
    }
}
