package dev.usher.guests.control;

import dev.usher.guests.entity.Attendance;
import dev.usher.guests.entity.Guest;
import dev.usher.guests.entity.GuestAnswer;
import dev.usher.guests.entity.GuestData;
import dev.usher.guests.entity.HouseholdMember;
import dev.usher.questions.boundary.QuestionView;
import dev.usher.questions.control.AnswerRules;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Guests as a CSV file a spreadsheet opens safely: any cell that starts with = + - @ (or a
 * tab or carriage return) gets a leading apostrophe, so a name like =HYPERLINK(...) stored
 * from an import is shown as text instead of being run as a formula (OWASP "CSV injection").
 * A household's members are one cell ("Dana (yes); Avi (no); Ron (plus-one, yes)"); each
 * question is a column, labelled by the question, whose cell holds the household's answer or
 * each member's as "Dana: Fish; Avi: Meat".
 */
public final class GuestCsv {

    private static final List<String> HEADER = List.of("First name", "Last name", "Phone", "Email", "Side", "Status",
            "Party size", "Notes", "Members", "Plus-ones allowed", "Attending");

    private GuestCsv() {
    }

    public static String write(List<Guest> guests, List<QuestionView> questions) {
        List<String> header = new ArrayList<>(HEADER);
        questions.forEach(q -> header.add(safe(q.label())));
        StringBuilder out = new StringBuilder("\uFEFF"); // a BOM, so spreadsheets read the file as UTF-8
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(header.toArray(String[]::new)).get())) {
            for (Guest guest : guests) {
                GuestData d = guest.data();
                List<Object> row = new ArrayList<>(Arrays.asList(safe(d.firstName()), safe(d.lastName()),
                        safe(d.phone()), safe(d.email()), safe(d.side()), d.status().name(), d.partySize(),
                        safe(d.notes())));
                List<HouseholdMember> members = guest.members();
                row.add(safe(members.stream().map(GuestCsv::described).collect(Collectors.joining("; "))));
                row.add(guest.plusOnesAllowed());
                row.add(members.isEmpty() ? "" : members.stream().filter(m -> m.attending() == Attendance.yes).count());
                for (QuestionView question : questions) {
                    row.add(safe(answers(guest, question.id())));
                }
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String described(HouseholdMember member) {
        return member.name() + " (" + (member.plusOne() ? "plus-one, " : "") + member.attending().name() + ")";
    }

    /** The household's answer, or each member's as "name: answer", in the members' order. */
    private static String answers(Guest guest, UUID questionId) {
        List<String> parts = new ArrayList<>();
        for (GuestAnswer answer : guest.answers()) {
            if (answer.questionId().equals(questionId) && answer.member() == null) {
                parts.add(AnswerRules.readable(answer.value()));
            }
        }
        for (HouseholdMember member : guest.members()) {
            for (GuestAnswer answer : guest.answers()) {
                if (answer.questionId().equals(questionId) && answer.member() == member) {
                    parts.add(member.name() + ": " + AnswerRules.readable(answer.value()));
                }
            }
        }
        return String.join("; ", parts);
    }

    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
