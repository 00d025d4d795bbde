package dev.usher.imports.control;

import dev.usher.guests.control.GuestRules;
import dev.usher.guests.entity.GuestData;
import dev.usher.guests.entity.GuestStatus;
import dev.usher.platform.errors.FieldError;
import dev.usher.platform.validation.InputValidator;
import dev.usher.platform.validation.NulCharacter;
import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The check of one file row: the guest rules of a single add, errors named by the file's headers. */
class ImportRowsTest {

    private final ImportRows rows = new ImportRows(new GuestRules(
            new InputValidator(Validation.buildDefaultValidatorFactory().getValidator())));

    private final ColumnMapping mapping = ColumnMapping.of(
            List.of("Nom complet", "Téléphone", "Courriel", "Réponse", "Places", "Côté"),
            Map.of("fullName", "Nom complet", "phone", "Téléphone", "email", "Courriel", "status", "Réponse",
                    "partySize", "Places", "side", "Côté"));

    @Test
    void aFullNameIsSplitAtItsLastSpaceAndTheRowIsNormalizedByTheGuestRules() throws RowRejectedException {
        FileRow row = new FileRow(7, Map.of(GuestField.fullName, "Dana Ruth Levi", GuestField.phone, "054-123-4567",
                GuestField.email, "Dana@Example.com", GuestField.status, " Attending ", GuestField.partySize, "2.0"));

        CheckedRow checked = rows.check(row, mapping, "IL");

        assertThat(checked).isEqualTo(new CheckedRow(7, new GuestData("Dana Ruth", "Levi", "+972541234567",
                "dana@example.com", null, GuestStatus.confirmed, 2, null),
                EnumSet.of(GuestField.fullName, GuestField.phone, GuestField.email, GuestField.status,
                        GuestField.partySize)));
    }

    @Test
    void aSingleWordFullNameIsTheFirstNameAndAGivenLastNameIsKept() throws RowRejectedException {
        CheckedRow checked = rows.check(new FileRow(2, Map.of(GuestField.fullName, "Omer",
                GuestField.lastName, "Katz")), mapping, null);

        assertThat(checked.data().firstName()).isEqualTo("Omer");
        assertThat(checked.data().lastName()).isEqualTo("Katz");
    }

    @Test
    void statusWordsPeopleTypeAreUnderstood() throws RowRejectedException {
        assertThat(status("regrets")).isEqualTo(GuestStatus.declined);
        assertThat(status("Not Coming")).isEqualTo(GuestStatus.declined);
        assertThat(status("YES")).isEqualTo(GuestStatus.confirmed);
        assertThat(status("maybe")).isEqualTo(GuestStatus.invited);
    }

    @Test
    void googleContactsListsSeveralNumbersInOneCellAndTheFirstIsTaken() throws RowRejectedException {
        CheckedRow checked = rows.check(new FileRow(3, Map.of(GuestField.fullName, "Dana",
                GuestField.phone, "+972541234567 ::: +972541111111")), mapping, null);

        assertThat(checked.data().phone()).isEqualTo("+972541234567");
    }

    @Test
    void everyBadCellOfARowIsReportedUnderItsOwnColumnHeader() {
        FileRow row = new FileRow(5, Map.of(GuestField.fullName, "Dana", GuestField.phone, "12",
                GuestField.email, "not-an-email", GuestField.status, "perhaps", GuestField.partySize, "two"));

        assertThatThrownBy(() -> rows.check(row, mapping, "IL"))
                .isInstanceOfSatisfying(RowRejectedException.class, e -> {
                    assertThat(e.row()).isEqualTo(5);
                    assertThat(e.errors()).extracting(FieldError::field)
                            .containsExactlyInAnyOrder("Réponse", "Places", "Téléphone", "Courriel");
                    assertThat(e.errors()).contains(
                            new FieldError("Réponse", "'perhaps' is not a status; use invited, confirmed or declined"),
                            new FieldError("Places", "'two' is not a number"));
                });
    }

    @Test
    void aPartySizeIsNeverTruncatedOrWrapped() {
        for (String size : List.of("1.5", "99999999999")) {
            assertThatThrownBy(() -> rows.check(new FileRow(2, Map.of(GuestField.fullName, "Dana",
                    GuestField.partySize, size)), mapping, null))
                    .isInstanceOfSatisfying(RowRejectedException.class, e -> assertThat(e.errors()).containsExactly(
                            new FieldError("Places", "'" + size + "' is not a whole number from 1 to 100")));
        }
    }

    @Test
    void aNameErrorOfAFullNameColumnIsReportedUnderThatColumn() {
        FileRow row = new FileRow(9, Map.of(GuestField.fullName, "x".repeat(300)));

        assertThatThrownBy(() -> rows.check(row, mapping, null))
                .isInstanceOfSatisfying(RowRejectedException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("Nom complet"));
    }

    @Test
    void aNulCharacterRejectsTheRowBeforeAnyOtherRule() {
        FileRow row = new FileRow(4, Map.of(GuestField.fullName, "Da\0na", GuestField.partySize, "many"));

        assertThatThrownBy(() -> rows.check(row, mapping, null))
                .isInstanceOfSatisfying(RowRejectedException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("Nom complet", NulCharacter.MESSAGE)));
    }

    private GuestStatus status(String word) throws RowRejectedException {
        return rows.check(new FileRow(2, Map.of(GuestField.fullName, "Dana", GuestField.status, word)), mapping, null)
                .data().status();
    }
}
