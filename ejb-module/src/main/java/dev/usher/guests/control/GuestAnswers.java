package dev.usher.guests.control;

import dev.usher.guests.entity.Attendance;
import dev.usher.guests.entity.Guest;
import dev.usher.guests.entity.GuestData;
import dev.usher.guests.entity.GuestStatus;
import dev.usher.guests.entity.GuestStatusChange;
import dev.usher.guests.entity.HouseholdMember;
import dev.usher.guests.entity.StatusChangeSource;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A guest's own yes or no from outside a member's hands, such as a WhatsApp reply (the RSVP page
 * answers per member through {@link HouseholdReplies}):
 * it changes the status and records where the change came from. Answers are applied at most
 * once per inbound message, and an answer older than the guest's last recorded one is ignored,
 * so a replayed or late webhook cannot undo a newer answer. A household's members follow it.
 */
@Dependent
public class GuestAnswers {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<HouseholdAttendance> attendanceChanged;

    /** What the guest sent, and where. */
    public record Answer(GuestStatus status, StatusChangeSource source, String evidence, UUID answeredDeliveryId,
                        String inboundMessageId, OffsetDateTime answeredAt) {
    }

    /** What became of an answer. */
    public enum Outcome {
        CHANGED, ALREADY_SO, REPEATED, SUPERSEDED
    }

    public Outcome apply(UUID guestId, Answer answer) {
        if (answer.status() == GuestStatus.invited) {
            throw new IllegalArgumentException("An answer is confirmed or declined");
        }
        Guest guest = em.find(Guest.class, guestId, LockModeType.PESSIMISTIC_WRITE);
        if (guest == null) {
            throw new IllegalArgumentException("No guest " + guestId);
        }
        if (answer.inboundMessageId() != null && em.createNamedQuery(
                        GuestStatusChange.COUNT_BY_INBOUND_MESSAGE, Long.class)
                .setParameter("source", answer.source().stored())
                .setParameter("providerMessageId", answer.inboundMessageId())
                .getSingleResult() > 0) {
            return Outcome.REPEATED;
        }
        OffsetDateTime latest = em.createNamedQuery(GuestStatusChange.LATEST_ANSWER_OF_GUEST, OffsetDateTime.class)
                .setParameter("guestId", guestId)
                .getSingleResult();
        if (latest != null && answer.answeredAt() != null && answer.answeredAt().isBefore(latest)) {
            return Outcome.SUPERSEDED;
        }
        GuestData data = guest.data();
        if (data.status() == answer.status()) {
            return Outcome.ALREADY_SO;
        }
        guest.apply(new GuestData(data.firstName(), data.lastName(), data.phone(), data.email(), data.side(),
                answer.status(), data.partySize(), data.notes()));
        em.persist(new GuestStatusChange(guest, data.status(), answer.status(), answer.source(), answer.evidence(),
                answer.answeredDeliveryId(), answer.inboundMessageId(), answer.answeredAt()));
        followedByMembers(guest, answer.status());
        return Outcome.CHANGED;
    }

    /**
     * A household's one answer speaks for its members: "no" declines them all, "yes" confirms
     * those who had not answered themselves (so the headcount and the seats count them).
     */
    private void followedByMembers(Guest guest, GuestStatus status) {
        if (guest.members().isEmpty()) {
            return;
        }
        for (HouseholdMember member : guest.members()) {
            if (status == GuestStatus.declined) {
                member.answer(Attendance.no);
            } else if (member.attending() == Attendance.unknown) {
                member.answer(Attendance.yes);
            }
        }
        int attending = (int) guest.members().stream().filter(m -> m.attending() == Attendance.yes).count();
        attendanceChanged.fire(new HouseholdAttendance(guest.event().id(), guest.id(), attending));
    }
}
