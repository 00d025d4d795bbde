package dev.usher.invitations.boundary;

import dev.usher.deliveries.control.RecordedMail;
import dev.usher.deliveries.control.RecordedSends;
import dev.usher.deliveries.entity.Channel;
import dev.usher.deliveries.entity.DeliveryRefs;
import dev.usher.events.control.EventAccess;
import dev.usher.events.control.EventId;
import dev.usher.events.control.RequiresEventRole;
import dev.usher.events.entity.EventMember;
import dev.usher.events.entity.EventRole;
import dev.usher.guests.control.EventGuests;
import dev.usher.guests.entity.Guest;
import dev.usher.identity.control.Roles;
import dev.usher.invitations.control.InvitationLetter;
import dev.usher.invitations.control.InvitationMessages;
import dev.usher.invitations.control.RateLimitCounters;
import dev.usher.invitations.control.SampleLetters;
import dev.usher.mail.MailOutbox;
import dev.usher.platform.errors.TooManyRequestsException;
import dev.usher.platform.validation.InputValidator;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The invitation e-mail before a bulk send: its HTML as a guest (or a sample guest) would get it,
 * and a test send of it to the admin who asks. Neither makes an invitation: the letter's code is
 * never stored (it admits nobody) and nothing links it to the guest. A test send is recorded in
 * the ledger (kind {@value #TEST_KIND}, the member's address, no guest, no invitation), so the
 * event's message history shows it and it is never counted as the guest's invitation; it is limited
 * per member ({@code USHER_MAIL_TEST_SENDS_PER_MINUTE}, default 3, counted in the database).
 */
@Stateless
@RolesAllowed(Roles.USER)
public class InvitationPreviews {

    public static final String TEST_KIND = "invitation-test";

    @Inject
    EventAccess access;

    @Inject
    EventGuests guests;

    @Inject
    InputValidator validator;

    @Inject
    InvitationMessages messages;

    @Inject
    RecordedSends sends;

    @Inject
    MailOutbox outbox;

    @Inject
    RecordedMail mail;

    @Inject
    RateLimitCounters counters;

    @Inject
    @ConfigProperty(name = "usher.mail.test-sends-per-minute", defaultValue = "3")
    int testSendsPerMinute;

    @Resource
    SessionContext context;

    /** The HTML part, inline images as data: URIs, no tracking pixel. */
    @RequiresEventRole(EventRole.admin)
    public String preview(@EventId UUID eventId, InvitationPreviewRequest request) {
        return messages.previewHtml(letter(eventId, request, "preview@usher.invalid"));
    }

    /** What a test send needs, read and recorded ({@code sending}, committed) under the caller's event role. */
    public record TestStart(UUID deliveryId, InvitationLetter letter) {
    }

    /** E-mails the invitation, as it would go to the guest, to the caller's own address. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public InvitationTestSend sendTest(UUID eventId, InvitationPreviewRequest request) {
        TestStart start = context.getBusinessObject(InvitationPreviews.class).beginTest(eventId, request);
        String to = start.letter().email();
        String failure;
        try (MailOutbox.Connection connection = outbox.open()) {
            failure = mail.deliver(start.deliveryId(), session -> {
                MimeMessage message = messages.compose(start.letter(), session);
                message.setSubject("[Test] " + messages.subject(start.letter()), StandardCharsets.UTF_8.name());
                message.saveChanges();
                return message;
            }, connection, false);
        }
        return new InvitationTestSend(start.deliveryId(), to, failure == null, failure);
    }

    @RequiresEventRole(EventRole.admin)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public TestStart beginTest(@EventId UUID eventId, InvitationPreviewRequest request) {
        EventMember caller = access.member(eventId);
        RateLimitCounters.Window window = counters.hit("invitation-test:" + caller.user().id(), List.of());
        if (window.counts().get(0) > testSendsPerMinute) {
            throw new TooManyRequestsException("At most " + testSendsPerMinute + " test invitations a minute",
                    window.left());
        }
        InvitationLetter letter = letter(eventId, request, caller.user().email());
        String content = Json.createObjectBuilder().add("number", letter.number()).add("test", true)
                .add("messageRef", letter.reference()).build().toString();
        UUID deliveryId = sends.begin(new RecordedSends.Outgoing(Channel.email, caller.user().email(), TEST_KIND,
                new DeliveryRefs(eventId, null, null, null, caller.user().id()), content));
        return new TestStart(deliveryId, letter);
    }

    private InvitationLetter letter(UUID eventId, InvitationPreviewRequest request, String to) {
        InvitationPreviewRequest r = request == null ? new InvitationPreviewRequest(null, null, null, null) : request;
        validator.check(r);
        Guest guest = r.guestId() == null ? null : guests.existing(eventId, r.guestId());
        return SampleLetters.of(access.member(eventId).event(), guest, r.type(), r.customMessage(), r.seats(), to);
    }
}
