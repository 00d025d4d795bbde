package dev.usher.invitations.control;

import dev.usher.platform.validation.PageLanguage;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The guest e-mails' words: one complete file per language, English for the rest, dates in the language. */
class GuestMailTextsTest {

    @Test
    void everyLanguageOfTheGuestPagesHasEveryEnglishKeyForItsEmails() throws Exception {
        Map<String, String> english = GuestMailTexts.read("en");
        List<String> languages;
        try (var files = Files.list(Path.of(getClass().getClassLoader().getResource(PageLanguage.TEXTS_FOLDER).toURI()))) {
            languages = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".properties"))
                    .map(n -> n.substring(0, n.indexOf('.'))).toList();
        }
        assertThat(languages).contains("en", "he");
        for (String language : languages) {
            assertThat(PageLanguage.Check.supported(language)).isTrue();
            assertThat(GuestMailTexts.read(language).keySet()).as("mail/guest/texts/" + language + ".properties")
                    .containsExactlyInAnyOrderElementsOf(english.keySet());
        }
    }

    @Test
    void hebrewIsRightToLeftAndAnUnknownLanguageIsEnglish() {
        GuestMailTexts hebrew = GuestMailTexts.of("he");
        assertThat(hebrew.language()).isEqualTo("he");
        assertThat(hebrew.direction()).isEqualTo("rtl");
        assertThat(hebrew.model(Map.of())).containsEntry("dir", "rtl").containsEntry("lang", "he").containsEntry("start", "right");
        assertThat(GuestMailTexts.of("xx").language()).isEqualTo("en");
        assertThat(GuestMailTexts.of("../etc").language()).isEqualTo("en");
        assertThat(GuestMailTexts.of(null).direction()).isEqualTo("ltr");
    }

    @Test
    void placeholdersAreFilledAndDatesWrittenInTheLanguage() {
        assertThat(GuestMailTexts.of("en").get("reminder.subject", Map.of("event", "Gala {brand}", "brand", "Usher")))
                .isEqualTo("Reminder: will you attend Gala {brand}?");
        assertThat(GuestMailTexts.of("en").when(LocalDate.of(2031, 7, 1), LocalTime.of(19, 30), "Asia/Jerusalem"))
                .isEqualTo("Tuesday, 1 July 2031 at 19:30 (Asia/Jerusalem)");
        assertThat(GuestMailTexts.of("he").when(LocalDate.of(2031, 7, 1), null, null)).isEqualTo("יום שלישי, 1 ביולי 2031");
        assertThat(GuestMailTexts.of("en").moment(OffsetDateTime.parse("2031-06-30T21:00:00Z"), "Asia/Jerusalem"))
                .isEqualTo("Tuesday, 1 July 2031 at 00:00 (Asia/Jerusalem)");
        assertThat(GuestMailTexts.of("en").moment(OffsetDateTime.parse("2031-06-30T21:00:00Z"), null))
                .isEqualTo("Monday, 30 June 2031 at 21:00 (UTC)");
    }
}
