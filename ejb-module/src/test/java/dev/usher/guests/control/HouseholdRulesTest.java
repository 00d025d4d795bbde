package dev.usher.guests.control;

import dev.usher.guests.boundary.HouseholdSubmission;
import dev.usher.guests.boundary.HouseholdSubmission.MemberReply;
import dev.usher.guests.boundary.HouseholdSubmission.PlusOneReply;
import dev.usher.guests.entity.Attendance;
import dev.usher.guests.entity.GuestStatus;
import dev.usher.platform.errors.FieldError;
import dev.usher.questions.boundary.QuestionView;
import dev.usher.questions.entity.QuestionKind;
import dev.usher.questions.entity.QuestionScope;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class HouseholdRulesTest {

    private final UUID dana = UUID.randomUUID();
    private final UUID avi = UUID.randomUUID();
    private final List<HouseholdRules.Invited> invited = List.of(new HouseholdRules.Invited(dana, "Dana"),
            new HouseholdRules.Invited(avi, "Avi"));
    private final QuestionView meal = new QuestionView(UUID.randomUUID(), UUID.randomUUID(), 0, QuestionKind.choice,
            QuestionScope.member, "Meal", true, List.of("Fish", "Meat"));
    private final QuestionView song = new QuestionView(UUID.randomUUID(), UUID.randomUUID(), 1, QuestionKind.text,
            QuestionScope.household, "Song", false, List.of());

    private Map<String, JsonValue> meal(String choice) {
        return Map.of(meal.id().toString(), Json.createValue(choice));
    }

    private List<String> faults(HouseholdSubmission reply, int plusOnes) {
        var outcome = HouseholdRules.check(invited, plusOnes, List.of(meal, song), reply);
        assertThat(outcome).isInstanceOf(HouseholdRules.Rejected.class);
        return ((HouseholdRules.Rejected) outcome).errors().stream().map(FieldError::field).toList();
    }

    @Test
    void aWholeReplyIsAcceptedAndConfirmsTheHousehold() {
        var outcome = HouseholdRules.check(invited, 1, List.of(meal, song), new HouseholdSubmission(null,
                List.of(new MemberReply(dana, Attendance.yes, meal("Fish")), new MemberReply(avi, Attendance.no, null)),
                List.of(new PlusOneReply(" Ron ", Attendance.yes, meal("Meat"))),
                Map.of(song.id().toString(), Json.createValue("Hey Jude"))));
        HouseholdRules.Plan plan = ((HouseholdRules.Accepted) outcome).plan();
        assertThat(plan.attendingCount()).isEqualTo(2);
        assertThat(plan.plusOnes().get(0).name()).isEqualTo("Ron");
        assertThat(plan.status(GuestStatus.invited, true)).isEqualTo(GuestStatus.confirmed);
        assertThat(plan.memberAnswers().get(dana)).containsEntry(meal.id(), "\"Fish\"");
    }

    @Test
    void requiredAnswersAreRequiredOnlyOfThoseAttending() {
        assertThat(faults(new HouseholdSubmission(null, List.of(new MemberReply(dana, Attendance.yes, null),
                new MemberReply(avi, Attendance.no, null)), null, null), 0))
                .containsExactly("members[0].answers." + meal.id());
    }

    @Test
    void everyFaultIsNamedByItsPath() {
        assertThat(faults(new HouseholdSubmission(Attendance.yes,
                List.of(new MemberReply(dana, Attendance.yes, meal("Lobster")),
                        new MemberReply(avi, Attendance.no, Map.of(song.id().toString(), Json.createValue("x")))),
                List.of(new PlusOneReply("", Attendance.no, null), new PlusOneReply("B", Attendance.no, null)),
                Map.of("not-an-id", JsonValue.TRUE)), 1))
                .containsExactlyInAnyOrder("attending", "members[0].answers." + meal.id(),
                        "members[1].answers." + song.id(), "plusOnes", "plusOnes[0].name", "answers.not-an-id");
    }

    @Test
    void everyMemberIsListedOnce() {
        assertThat(faults(new HouseholdSubmission(null, List.of(new MemberReply(dana, Attendance.no, null)), null,
                null), 0)).containsExactly("members");
        assertThat(faults(new HouseholdSubmission(null, List.of(new MemberReply(dana, Attendance.no, null),
                new MemberReply(dana, Attendance.no, null), new MemberReply(UUID.randomUUID(), Attendance.no, null)),
                null, null), 0)).containsExactly("members[1].id", "members[2].id");
    }

    @Test
    void aGuestWithoutMembersAnswersEveryQuestionForItself() {
        var outcome = HouseholdRules.check(List.of(), 0, List.of(meal, song),
                new HouseholdSubmission(Attendance.yes, null, null, meal("Meat")));
        HouseholdRules.Plan plan = ((HouseholdRules.Accepted) outcome).plan();
        assertThat(plan.householdAnswers()).containsEntry(meal.id(), "\"Meat\"");
        assertThat(plan.status(GuestStatus.invited, false)).isEqualTo(GuestStatus.confirmed);
        assertThat(HouseholdRules.check(List.of(), 0, List.of(meal), new HouseholdSubmission(Attendance.yes, null,
                null, null))).isInstanceOf(HouseholdRules.Rejected.class);
    }

    @Test
    void aGuestOnThePageAnswersForEveryoneAndSaysMaybeOnlyWhereTheEventTakesIt() {
        HouseholdRules.Choices noMaybe = new HouseholdRules.Choices(false, false);
        HouseholdSubmission undecided = new HouseholdSubmission(null, List.of(new MemberReply(dana, null, null),
                new MemberReply(avi, Attendance.maybe, null)), null, null);
        var refused = HouseholdRules.check(invited, 0, List.of(), undecided, noMaybe);
        assertThat(((HouseholdRules.Rejected) refused).errors().stream().map(FieldError::field))
                .containsExactly("members[0].attending", "members[1].attending");
        assertThat(HouseholdRules.check(List.of(), 0, List.of(), new HouseholdSubmission(null, null, null, null), noMaybe))
                .as("a guest without members answers too").isInstanceOf(HouseholdRules.Rejected.class);

        var maybe = HouseholdRules.check(invited, 0, List.of(meal), new HouseholdSubmission(null,
                List.of(new MemberReply(dana, Attendance.maybe, null), new MemberReply(avi, Attendance.no, null)),
                null, null), new HouseholdRules.Choices(true, false));
        HouseholdRules.Plan plan = ((HouseholdRules.Accepted) maybe).plan();
        assertThat(plan.attendingCount()).as("maybe is not coming; nor is its meal required").isZero();
        assertThat(plan.status(GuestStatus.confirmed, true)).isEqualTo(GuestStatus.invited);
        assertThat(HouseholdRules.check(invited, 0, List.of(), undecided)).as("an organizer may leave a member undecided")
                .isInstanceOf(HouseholdRules.Accepted.class);
    }
}
