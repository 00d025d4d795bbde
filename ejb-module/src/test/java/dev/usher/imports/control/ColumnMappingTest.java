package dev.usher.imports.control;

import dev.usher.platform.errors.FieldError;
import dev.usher.platform.errors.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ColumnMappingTest {

    /** The header row of a Google Contacts CSV export, in its own order. */
    private static final List<String> GOOGLE_EXPORT = List.of("Name", "Given Name", "Family Name",
            "E-mail 1 - Value", "Phone 1 - Value", "Phone 2 - Value", "Notes");

    @Test
    void recognizesTheHeadersOfAGoogleContactsExport() {
        ColumnMapping mapping = ColumnMapping.of(GOOGLE_EXPORT, Map.of());
        List<String> row = List.of("Dana Levi", "Dana", "Levi", "dana@example.com", "+972541234567",
                "+972541111111", "plus one");

        assertThat(mapping.cell(row, GuestField.fullName)).contains("Dana Levi");
        assertThat(mapping.cell(row, GuestField.firstName)).contains("Dana");
        assertThat(mapping.cell(row, GuestField.lastName)).contains("Levi");
        assertThat(mapping.cell(row, GuestField.email)).contains("dana@example.com");
        assertThat(mapping.cell(row, GuestField.phone)).contains("+972541234567");
        assertThat(mapping.cell(row, GuestField.notes)).contains("plus one");
        assertThat(mapping.has(GuestField.side)).isFalse();
        assertThat(mapping.cell(row, GuestField.side)).isEmpty();
        assertThat(mapping.header(GuestField.phone)).isEqualTo("Phone 1 - Value");
    }

    @Test
    void theFirstColumnRecognizedForAFieldWins() {
        ColumnMapping mapping = ColumnMapping.of(List.of("Name", "Mobile", "Phone", "Mail", "E-mail"), Map.of());

        assertThat(mapping.header(GuestField.phone)).isEqualTo("Mobile");
        assertThat(mapping.header(GuestField.email)).isEqualTo("Mail");
    }

    @Test
    void headersAreComparedWithoutCaseSpacesDashesDotsOrAccents() {
        ColumnMapping mapping = ColumnMapping.of(List.of(" PRÉNOM ", "e.mail", "party_size", "Guest-Of"), Map.of());

        assertThat(mapping.header(GuestField.firstName)).isEqualTo(" PRÉNOM ");
        assertThat(mapping.header(GuestField.email)).isEqualTo("e.mail");
        assertThat(mapping.header(GuestField.partySize)).isEqualTo("party_size");
        assertThat(mapping.header(GuestField.side)).isEqualTo("Guest-Of");
    }

    @Test
    void anExplicitMappingOverridesRecognitionIgnoringCase() {
        ColumnMapping mapping = ColumnMapping.of(List.of("Name", "Phone", "Portable"),
                Map.of("phone", " PORTABLE "));

        assertThat(mapping.cell(List.of("Dana", "+972541111111", "+972541234567"), GuestField.phone))
                .contains("+972541234567");
        assertThat(mapping.header(GuestField.phone)).isEqualTo("Portable");
    }

    @Test
    void aShortRowHasNoCellForALaterColumnAndAMissingFieldIsReportedByItsName() {
        ColumnMapping mapping = ColumnMapping.of(List.of("name", "email"), Map.of());

        assertThat(mapping.cell(List.of("Dana"), GuestField.email)).isEmpty();
        assertThat(mapping.header(GuestField.phone)).isEqualTo("phone");
    }

    @Test
    void aMappingToAColumnTheFileLacksNamesTheFilesColumns() {
        assertThatThrownBy(() -> ColumnMapping.of(List.of("name", "tel"), Map.of("email", "Courriel")))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("The mapping names a column 'Courriel' that the file does not have; its columns are "
                        + "[name, tel]");
    }

    @Test
    void aFileNeedsAFirstNameOrAFullNameColumn() {
        assertThatThrownBy(() -> ColumnMapping.of(List.of("Family Name", "Phone"), Map.of()))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("No column could be read as a first name or a full name")
                .hasMessageContaining("[Family Name, Phone]");
    }

    @Test
    void anExplicitMappingIsCheckedFieldByFieldBeforeAnythingIsStored() {
        Map<String, String> explicit = new LinkedHashMap<>();
        explicit.put("firstName", "Prénom");
        explicit.put("nickname", "Surnom");
        explicit.put("email", " ");
        explicit.put("phone", "x".repeat(ColumnMapping.MAX_HEADER + 1));
        explicit.put("notes", null);

        assertThatThrownBy(() -> ColumnMapping.checkExplicit(explicit))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsExactly(
                        new FieldError("mapping.nickname", "is not a guest field; use one of "
                                + Arrays.toString(GuestField.values())),
                        new FieldError("mapping.email", "must name a column header"),
                        new FieldError("mapping.phone", "must be a column header of at most "
                                + ColumnMapping.MAX_HEADER + " characters"),
                        new FieldError("mapping.notes", "must name a column header")));
    }

    @Test
    void aValidExplicitMappingPasses() {
        ColumnMapping.checkExplicit(Map.of("FirstName", "Prénom", "partySize", "x".repeat(ColumnMapping.MAX_HEADER)));
    }
}
