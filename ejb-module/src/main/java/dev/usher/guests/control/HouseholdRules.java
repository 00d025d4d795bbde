package dev.usher.guests.control;

import dev.usher.guests.boundary.HouseholdSubmission;
import dev.usher.guests.entity.Attendance;
import dev.usher.guests.entity.GuestStatus;
import dev.usher.platform.errors.FieldError;
import dev.usher.questions.boundary.QuestionView;
import dev.usher.questions.control.AnswerRules;
import dev.usher.questions.entity.QuestionScope;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Whether a household's whole reply fits the household and the event's questions, and what to
 * write when it does. Pure: no database. Every fault is named by its path, e.g.
 * {@code members[1].answers.<questionId>} (indexes from 0, as in the body).
 *
 * <p>The rules: a household with members answers per member (every member invited by name,
 * once) and names at most its allowed plus-ones; a guest without members answers for itself
 * ({@code attending}) and answers every question in {@code answers}. An answer must be to a
 * question of this event, in its scope, and fit its kind. A required question must be answered
 * by each member who attends (member questions) or by a household someone of which attends.
 */
public final class HouseholdRules {

    public static final int MAX_NAME = 100;

    private HouseholdRules() {
    }

    /**
     * Which answers a reply may give: an organizer may leave someone undecided and record a maybe; a guest
     * on the RSVP page decides for everyone, and says maybe only where the event takes it.
     */
    public record Choices(boolean maybe, boolean undecided) {

        public static final Choices ORGANIZER = new Choices(true, true);

        /** The words accepted, for the message. */
        String words() {
            return maybe ? "yes, no or maybe" : "yes or no";
        }
    }

    /** A member invited by name, as the household stands. */
    public record Invited(UUID id, String name) {
    }

    /** A plus-one to write, with its answers by question. */
    public record PlusOne(String name, Attendance attending, Map<UUID, String> answers) {
    }

    /** What to write: stored answers by question id. {@code plainAttending} null: a household, or unchanged. */
    public record Plan(Attendance plainAttending, Map<UUID, Attendance> attendance,
                       Map<UUID, Map<UUID, String>> memberAnswers, List<PlusOne> plusOnes,
                       Map<UUID, String> householdAnswers) {

        /** Members who said yes (0 for a guest without members). */
        public int attendingCount() {
            return (int) (attendance.values().stream().filter(a -> a == Attendance.yes).count()
                    + plusOnes.stream().filter(p -> p.attending() == Attendance.yes).count());
        }

        /** The guest's status after this reply: anyone coming confirms, everyone declining declines. */
        public GuestStatus status(GuestStatus current, boolean household) {
            if (!household) {
                return plainAttending == null ? current : statusOf(plainAttending);
            }
            List<Attendance> all = new ArrayList<>(attendance.values());
            plusOnes.forEach(p -> all.add(p.attending()));
            if (all.contains(Attendance.yes)) {
                return GuestStatus.confirmed;
            }
            return !all.isEmpty() && all.stream().allMatch(a -> a == Attendance.no) ? GuestStatus.declined
                    : GuestStatus.invited;
        }
    }

    /** Either what to write, or every fault. */
    public sealed interface Outcome permits Accepted, Rejected {
    }

    public record Accepted(Plan plan) implements Outcome {
    }

    public record Rejected(List<FieldError> errors) implements Outcome {
    }

    public static GuestStatus statusOf(Attendance attending) {
        return switch (attending) {
            case yes -> GuestStatus.confirmed;
            case no -> GuestStatus.declined;
            case maybe, unknown -> GuestStatus.invited;
        };
    }

    /** As {@link #check(List, int, List, HouseholdSubmission, Choices)} by an organizer. */
    public static Outcome check(List<Invited> invited, int plusOnesAllowed, List<QuestionView> questions,
                                HouseholdSubmission reply) {
        return check(invited, plusOnesAllowed, questions, reply, Choices.ORGANIZER);
    }

    public static Outcome check(List<Invited> invited, int plusOnesAllowed, List<QuestionView> questions,
                                HouseholdSubmission reply, Choices choices) {
        List<FieldError> errors = new ArrayList<>();
        if (reply == null) {
            return new Rejected(List.of(new FieldError("body", "must not be empty")));
        }
        Map<UUID, QuestionView> byId = questions.stream().collect(Collectors.toMap(QuestionView::id, q -> q));
        boolean household = !invited.isEmpty();
        List<HouseholdSubmission.MemberReply> members = reply.members() == null ? List.of() : reply.members();
        List<HouseholdSubmission.PlusOneReply> plusOnes = reply.plusOnes() == null ? List.of() : reply.plusOnes();

        Map<UUID, Attendance> attendance = new LinkedHashMap<>();
        Map<UUID, Map<UUID, String>> memberAnswers = new HashMap<>();
        boolean anyoneAttends;
        if (household) {
            if (reply.attending() != null) {
                errors.add(new FieldError("attending", "a household answers per member (members[].attending)"));
            }
            Set<UUID> known = invited.stream().map(Invited::id).collect(Collectors.toSet());
            Set<UUID> listed = new HashSet<>();
            for (int i = 0; i < members.size(); i++) {
                var member = members.get(i);
                String path = "members[" + i + "]";
                if (member == null || member.id() == null) {
                    errors.add(new FieldError(path + ".id", "must name a member of this household"));
                    continue;
                }
                if (!known.contains(member.id())) {
                    errors.add(new FieldError(path + ".id", "is not a member of this household"));
                    continue;
                }
                if (!listed.add(member.id())) {
                    errors.add(new FieldError(path + ".id", "is listed twice"));
                    continue;
                }
                Attendance attending = attendance(path + ".attending", member.attending(), choices, errors);
                attendance.put(member.id(), attending);
                memberAnswers.put(member.id(), answers(path + ".answers", member.answers(), byId,
                        QuestionScope.member, attending == Attendance.yes, errors));
            }
            List<String> missing = invited.stream().filter(m -> !listed.contains(m.id())).map(Invited::name).toList();
            if (!missing.isEmpty() && errors.stream().noneMatch(e -> e.field().startsWith("members["))) {
                errors.add(new FieldError("members", "must list every member of the household; missing: "
                        + String.join(", ", missing)));
            }
        } else {
            if (!members.isEmpty()) {
                errors.add(new FieldError("members", "this guest has no members; answer with attending"));
            }
            if (reply.attending() != null || !choices.undecided()) {
                attendance("attending", reply.attending(), choices, errors);
            }
        }
        if (plusOnes.size() > plusOnesAllowed) {
            errors.add(new FieldError("plusOnes", "at most " + plusOnesAllowed + " plus-ones are allowed"));
        }
        List<PlusOne> named = new ArrayList<>();
        for (int j = 0; j < plusOnes.size() && j < plusOnesAllowed; j++) {
            var plusOne = plusOnes.get(j);
            String path = "plusOnes[" + j + "]";
            String name = plusOne == null || plusOne.name() == null ? "" : plusOne.name().strip();
            if (name.isEmpty() || name.length() > MAX_NAME) {
                errors.add(new FieldError(path + ".name", "must be 1 to " + MAX_NAME + " characters"));
            }
            Attendance attending = attendance(path + ".attending", plusOne == null ? null : plusOne.attending(),
                    choices, errors);
            named.add(new PlusOne(name, attending, answers(path + ".answers", plusOne == null ? null : plusOne.answers(),
                    byId, QuestionScope.member, attending == Attendance.yes, errors)));
        }
        if (household) {
            anyoneAttends = attendance.containsValue(Attendance.yes)
                    || named.stream().anyMatch(p -> p.attending() == Attendance.yes);
        } else {
            anyoneAttends = reply.attending() == Attendance.yes;
        }
        // A guest without members answers member questions for itself, in the household's answers.
        Map<UUID, String> own = answers("answers", reply.answers(), byId, household ? QuestionScope.household : null,
                anyoneAttends, errors);
        if (!errors.isEmpty()) {
            return new Rejected(List.copyOf(errors));
        }
        return new Accepted(new Plan(household ? null : reply.attending(), attendance, memberAnswers, named, own));
    }

    /** One person's attendance (absent: not said), or a fault if the reply may not give it. */
    private static Attendance attendance(String path, Attendance given, Choices choices, List<FieldError> errors) {
        Attendance attending = given == null ? Attendance.unknown : given;
        if (attending == Attendance.unknown && !choices.undecided()
                || attending == Attendance.maybe && !choices.maybe()) {
            errors.add(new FieldError(path, "must be " + choices.words()));
        }
        return attending;
    }

    /**
     * The stored answers of one person or of the household. {@code scope} null takes questions of
     * either scope (a guest without members). With {@code attends}, required questions of that
     * scope must be answered.
     */
    private static Map<UUID, String> answers(String path, Map<String, JsonValue> given, Map<UUID, QuestionView> byId,
                                             QuestionScope scope, boolean attends, List<FieldError> errors) {
        Map<UUID, String> stored = new LinkedHashMap<>();
        Map<String, JsonValue> answers = given == null ? Map.of() : given;
        for (Map.Entry<String, JsonValue> entry : answers.entrySet()) {
            String field = path + "." + entry.getKey();
            QuestionView question = question(entry.getKey(), byId);
            if (question == null) {
                errors.add(new FieldError(field, "is not a question of this event"));
                continue;
            }
            if (scope != null && question.scope() != scope) {
                errors.add(new FieldError(field, question.scope() == QuestionScope.household
                        ? "is asked once per household (answers)" : "is asked per member (members[].answers)"));
                continue;
            }
            AnswerRules.Verdict verdict = AnswerRules.judge(question, entry.getValue());
            if (verdict instanceof AnswerRules.Stored answer) {
                stored.put(question.id(), answer.json());
            } else if (verdict instanceof AnswerRules.Refused refused) {
                errors.add(new FieldError(field, refused.reason()));
            } // Empty: no answer, judged as missing below when required
        }
        if (attends) {
            for (QuestionView question : byId.values()) {
                if (question.required() && (scope == null || question.scope() == scope)
                        && !stored.containsKey(question.id())
                        && errors.stream().noneMatch(e -> e.field().equals(path + "." + question.id()))) {
                    errors.add(new FieldError(path + "." + question.id(), "is required of those attending"));
                }
            }
        }
        return stored;
    }

    private static QuestionView question(String key, Map<UUID, QuestionView> byId) {
        try {
            return byId.get(UUID.fromString(key));
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
