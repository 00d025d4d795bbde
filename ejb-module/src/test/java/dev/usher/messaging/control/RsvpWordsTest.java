package dev.usher.messaging.control;

import dev.usher.messaging.entity.RsvpAnswer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RsvpWordsTest {

    @ParameterizedTest(name = "\"{0}\" is yes")
    @ValueSource(strings = {"yes", "Yes!", "  YES  ", "yep 👍", "We're coming", "I'm coming!", "כן", "כן!", "מגיעים",
            "כֵּן", "oui", "Oui !", "bien sur", "Bien sûr", "je serai là", "نعم", "أكيد", "اكيد", "Sí", "si"})
    void yes(String text) {
        assertThat(RsvpWords.of(text)).contains(RsvpAnswer.yes);
    }

    @ParameterizedTest(name = "\"{0}\" is no")
    @ValueSource(strings = {"no", "No.", "nope", "can't come", "Cant come", "לא", "לא מגיעים", "לא נוכל", "non",
            "Non merci", "je ne viens pas", "لا", "لأ", "no puedo"})
    void no(String text) {
        assertThat(RsvpWords.of(text)).contains(RsvpAnswer.no);
    }

    @ParameterizedTest(name = "\"{0}\" is not a clear answer")
    @ValueSource(strings = {"", "maybe", "yes but only me", "no idea", "yes no", "ok", "thanks", "what time?",
            "כן אבל רק אני", "peut-être", "ربما", "👍", "noooo", "yesterday"})
    void unclear(String text) {
        assertThat(RsvpWords.of(text)).isEmpty();
    }

    @Test
    void nullAndLongTextsAreNotAnswers() {
        assertThat(RsvpWords.of(null)).isEmpty();
        assertThat(RsvpWords.of("yes ".repeat(20))).isEmpty();
    }

    @Test
    void normalizingKeepsLettersAndDropsMarksAndPunctuation() {
        assertThat(RsvpWords.normalize("  Bien   SÛR!! ")).isEqualTo("bien sur");
        assertThat(RsvpWords.normalize("כֵּן")).isEqualTo("כן");
        assertThat(RsvpWords.normalize("I'm coming")).isEqualTo("im coming");
    }
}
