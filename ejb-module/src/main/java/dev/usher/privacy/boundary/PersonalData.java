package dev.usher.privacy.boundary;

import dev.usher.audit.control.AuditActions;
import dev.usher.audit.control.AuditErasure;
import dev.usher.audit.control.AuditLog;
import dev.usher.deliveries.control.LedgerErasure;
import dev.usher.events.control.EventAccess;
import dev.usher.events.control.EventId;
import dev.usher.events.control.RequiresEventRole;
import dev.usher.events.entity.EventRole;
import dev.usher.guests.control.EventGuests;
import dev.usher.guests.control.PhoneNumbers;
import dev.usher.guests.entity.Guest;
import dev.usher.guests.entity.GuestData;
import dev.usher.identity.control.Roles;
import dev.usher.imports.control.ImportFiles;
import dev.usher.invitations.control.InvitationErasure;
import dev.usher.mail.MailPreviewPages;
import dev.usher.platform.errors.InvalidInputException;
import dev.usher.privacy.control.PersonalDataReads;
import dev.usher.webhooks.control.WebhookErasure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * A person's data on request. An event's admin erases a guest: the guest row goes (with its
 * household, answers, RSVP link and history), and what other tables keep about the person (the
 * invitations, the delivery ledger, webhook payloads, stored import files, the audit trail's
 * field values, the event's e-mail preview pages) is emptied of it in the same transaction, so the event keeps its counts and nothing that names the guest; all or
 * nothing. A super-admin exports everything held about an e-mail address or phone number.
 */
@Stateless
@RolesAllowed(Roles.USER)
public class PersonalData {

    private static final Logger LOG = Logger.getLogger(PersonalData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    EventAccess access;

    @Inject
    EventGuests guests;

    @Inject
    InvitationErasure invitations;

    @Inject
    LedgerErasure ledger;

    @Inject
    WebhookErasure webhooks;

    @Inject
    ImportFiles importFiles;

    @Inject
    MailPreviewPages previews;

    @Inject
    AuditErasure auditErasure;

    @Inject
    AuditLog audit;

    @Inject
    PersonalDataReads reads;

    @RequiresEventRole(EventRole.admin)
    public ErasureReport erase(@EventId UUID eventId, UUID guestId) {
        guests.hold(List.of(guestId)); // a reply or an RSVP answer in flight waits, then finds no guest
        Guest guest = guests.existing(eventId, guestId);
        UUID by = access.member(eventId).user().id();
        GuestData data = guest.data();
        int files = importFiles.discardForErasure(eventId); // first: it refuses while an import runs
        List<UUID> erasedInvitations = invitations.erase(eventId, guestId, data.email(), data.phone(), by);
        int deliveries = ledger.erase(eventId, guestId, erasedInvitations, data.email(), data.phone());
        int payloads = webhooks.erase(eventId, guestId, erasedInvitations);
        int entries = auditErasure.erase(eventId, guestId, erasedInvitations);
        previews.discardForErasure(eventId);
        em.remove(guest);
        em.flush();
        ErasureReport report = new ErasureReport(guestId, erasedInvitations.size(), deliveries, payloads, files, entries);
        audit.record(eventId, by, AuditActions.GUEST_ERASED, AuditActions.GUEST, guestId, null, report);
        // Ids only: the log must not keep what was just erased.
        LOG.info(() -> "Guest " + guestId + " of event " + eventId + " erased by user " + by + ": "
                + erasedInvitations.size() + " invitations, " + deliveries + " deliveries, " + payloads
                + " webhook payloads, " + files + " import files, " + entries + " audit entries");
        return report;
    }

    /** Everything held about this address or number (give one of them). */
    @RolesAllowed(Roles.SUPER_ADMIN)
    public PersonalDataExport export(String email, String phone) {
        boolean byEmail = email != null && !email.isBlank();
        boolean byPhone = phone != null && !phone.isBlank();
        if (byEmail == byPhone) {
            throw new InvalidInputException("email", "give either email or phone (one of them)");
        }
        String address = byEmail ? email.strip().toLowerCase(Locale.ROOT) : null;
        String number = null;
        if (byPhone) {
            PhoneNumbers.Result read = PhoneNumbers.normalize(phone, null);
            if (read instanceof PhoneNumbers.Invalid invalid) {
                throw new InvalidInputException("phone", invalid.reason());
            }
            number = ((PhoneNumbers.Valid) read).e164();
        }
        List<Guest> found = reads.guests(address, number);
        List<UUID> guestIds = found.stream().map(Guest::id).toList();
        return new PersonalDataExport(address, number, OffsetDateTime.now(ZoneOffset.UTC), reads.accounts(address),
                found.stream().map(reads::record).toList(), reads.invitations(address, number, guestIds),
                reads.deliveries(address, number, guestIds));
    }
}
