package dev.usher.guests.control;

import dev.usher.guests.boundary.GuestView;
import dev.usher.guests.boundary.HouseholdSubmission;
import dev.usher.guests.entity.Guest;
import dev.usher.guests.entity.GuestAnswer;
import dev.usher.guests.entity.GuestData;
import dev.usher.guests.entity.GuestStatus;
import dev.usher.guests.entity.GuestStatusChange;
import dev.usher.guests.entity.HouseholdMember;
import dev.usher.guests.entity.StatusChangeSource;
import dev.usher.platform.errors.FieldError;
import dev.usher.platform.errors.InvalidInputException;
import dev.usher.platform.errors.NotFoundException;
import dev.usher.questions.control.AskedQuestions;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The one way a household's reply is written, whoever sends it: an organizer on the guest's
 * behalf (source {@code console}) or the guest on the RSVP page ({@code web}). The whole reply is
 * checked first ({@link HouseholdRules}); if anything is wrong, nothing is written and the 422
 * names every fault. Otherwise attendance, plus-ones and answers are replaced as a whole, the
 * guest's status follows its members (recorded in its history when it changes, with the source),
 * and areas following the household's attendance are told. Checks no membership or link; the
 * calling boundary has.
 */
@Dependent
public class HouseholdReplies {

    @PersistenceContext
    EntityManager em;

    @Inject
    AskedQuestions questions;

    @Inject
    Event<HouseholdAttendance> attendanceChanged;

    public GuestView record(UUID eventId, UUID guestId, HouseholdSubmission reply, StatusChangeSource source) {
        return record(eventId, guestId, reply, source, List.of());
    }

    /**
     * As {@link #record(UUID, UUID, HouseholdSubmission, StatusChangeSource)}, with the faults the caller
     * found in the rest of its request (the RSVP page's contact details): one 422 names them all, and
     * nothing is written if there is any. The guest on the page ({@code web}) must answer for everyone,
     * and may say maybe only where the event takes it.
     */
    public GuestView record(UUID eventId, UUID guestId, HouseholdSubmission reply, StatusChangeSource source,
                            List<FieldError> faultsFound) {
        Objects.requireNonNull(source, "source");
        Guest guest = locked(eventId, guestId);
        List<HouseholdMember> invited = guest.members().stream().filter(m -> !m.plusOne()).toList();
        HouseholdRules.Choices choices = source == StatusChangeSource.WEB
                ? new HouseholdRules.Choices(guest.event().rsvpSettings().allowsMaybe(), false)
                : HouseholdRules.Choices.ORGANIZER;
        HouseholdRules.Outcome outcome = HouseholdRules.check(
                invited.stream().map(m -> new HouseholdRules.Invited(m.id(), m.name())).toList(),
                guest.plusOnesAllowed(), questions.of(eventId), reply, choices);
        List<FieldError> faults = new ArrayList<>(faultsFound);
        if (outcome instanceof HouseholdRules.Rejected rejected) {
            faults.addAll(rejected.errors());
        }
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        HouseholdRules.Plan plan = ((HouseholdRules.Accepted) outcome).plan();
        boolean household = !invited.isEmpty();

        Map<HouseholdMember, Map<UUID, String>> wanted = new HashMap<>();
        for (HouseholdMember member : invited) {
            member.answer(plan.attendance().get(member.id()));
            wanted.put(member, plan.memberAnswers().get(member.id()));
        }
        List<HouseholdMember> plusOnes = new ArrayList<>(guest.members().stream().filter(HouseholdMember::plusOne).toList());
        for (int j = 0; j < plan.plusOnes().size(); j++) {
            HouseholdRules.PlusOne named = plan.plusOnes().get(j);
            int position = invited.size() + j;
            HouseholdMember member;
            if (j < plusOnes.size()) {
                member = plusOnes.get(j);
                member.place(position, named.name());
            } else {
                member = new HouseholdMember(guest, position, named.name(), true);
                guest.addMember(member);
            }
            member.answer(named.attending());
            wanted.put(member, named.answers());
        }
        for (int j = plan.plusOnes().size(); j < plusOnes.size(); j++) {
            guest.removeMember(plusOnes.get(j));
        }
        replaceAnswers(guest, wanted, plan.householdAnswers());
        guest.resizeToHousehold();

        GuestData data = guest.data();
        GuestStatus status = plan.status(data.status(), household);
        if (status != data.status()) {
            guest.apply(new GuestData(data.firstName(), data.lastName(), data.phone(), data.email(), data.side(),
                    status, data.partySize(), data.notes()));
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            String evidence = household ? plan.attendingCount() + " of " + guest.members().size() + " attending"
                    : plan.plainAttending().name();
            em.persist(new GuestStatusChange(guest, data.status(), status, source, evidence, null, null, now));
        }
        em.flush();
        if (household) {
            attendanceChanged.fire(new HouseholdAttendance(eventId, guestId, plan.attendingCount()));
        }
        return GuestView.of(guest);
    }

    /** The guest of the event, its row held until the transaction ends: two replies take turns. */
    Guest locked(UUID eventId, UUID guestId) {
        Guest guest = em.find(Guest.class, guestId, LockModeType.PESSIMISTIC_WRITE);
        if (guest == null || !guest.event().id().equals(eventId)) {
            throw new NotFoundException("Guest " + guestId + " not found in this event");
        }
        return guest;
    }

    /**
     * Makes the stored answers exactly {@code byMember} and {@code own}: an answer to the same
     * question by the same person changes in place, others are added or removed.
     */
    private static void replaceAnswers(Guest guest, Map<HouseholdMember, Map<UUID, String>> byMember,
                                       Map<UUID, String> own) {
        for (GuestAnswer answer : List.copyOf(guest.answers())) {
            Map<UUID, String> wanted = answer.member() == null ? own : byMember.get(answer.member());
            String value = wanted == null ? null : wanted.remove(answer.questionId());
            if (value == null) {
                guest.removeAnswer(answer);
            } else {
                answer.change(value);
            }
        }
        own.forEach((question, value) -> guest.addAnswer(new GuestAnswer(guest, null, question, value)));
        byMember.forEach((member, answers) -> answers.forEach((question, value) ->
                guest.addAnswer(new GuestAnswer(guest, member, question, value))));
    }
}
