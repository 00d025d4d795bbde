package dev.usher.rsvp.control;

import dev.usher.platform.validation.PageLanguage;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The guest pages' texts: one file per language, every language complete, directions right. */
class GuestTextsTest {

    @Test
    void hebrewHasEveryEnglishKeyInItsOwnWordsAndIsRightToLeft() {
        Map<String, String> english = GuestTexts.of("en").orElseThrow();
        Map<String, String> hebrew = GuestTexts.of("he").orElseThrow();
        assertThat(english.get("direction")).isEqualTo("ltr");
        assertThat(hebrew.get("direction")).isEqualTo("rtl");
        assertThat(hebrew.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
        english.keySet().stream().filter(key -> !key.equals("direction"))
                .forEach(key -> assertThat(hebrew.get(key)).as(key).isNotEqualTo(english.get(key)));
        assertThat(hebrew.get("answer.yes")).isEqualTo("כן, אגיע");
    }

    @Test
    void onlyALanguageWithAFileIsSupportedAndAnythingElseFallsBackToEnglish() {
        assertThat(PageLanguage.Check.supported("en")).isTrue();
        assertThat(PageLanguage.Check.supported("he")).isTrue();
        assertThat(PageLanguage.Check.supported("xx")).isFalse();
        assertThat(PageLanguage.Check.supported("EN")).isFalse();
        assertThat(PageLanguage.Check.supported("../mail/invitation")).isFalse();
        assertThat(PageLanguage.Check.supported(null)).isFalse();
        assertThat(GuestTexts.of("xx")).isEmpty();
        assertThat(GuestTexts.orDefault("xx").get("answer.yes")).isEqualTo("Yes, I will attend");
    }
}
