package dev.usher.messaging.control;

import dev.usher.messaging.entity.RsvpAnswer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Recognizes a clear yes or no in a guest's free-text reply: the whole message must be one of
 * the listed answers (English, Hebrew, French, Arabic, Spanish), after case, accents, niqqud
 * and tashkeel, punctuation and extra spaces are set aside. Anything longer or unclear
 * ("yes but only me", "maybe") is not an answer: a wrong guess would be worse than none.
 * Pure.
 */
public final class RsvpWords {

    private static final Set<String> YES = normalized(
            // English
            "yes", "y", "yeah", "yep", "yup", "sure", "of course", "yes please", "confirm", "confirmed",
            "attending", "coming", "i'm coming", "im coming", "i am coming", "we're coming", "we are coming",
            "i will come", "we will come", "i will be there", "we will be there", "count me in", "count us in",
            // Hebrew
            "כן", "בטח", "מגיע", "מגיעה", "מגיעים", "מגיעות", "אגיע", "נגיע", "כן מגיע", "כן מגיעה", "כן מגיעים",
            "מאשר", "מאשרת", "מאשרים", "בהחלט",
            // French
            "oui", "ouais", "bien sûr", "je viens", "oui je viens", "nous venons", "on vient", "je serai là",
            "nous serons là", "présent", "présente", "présents", "je confirme",
            // Arabic
            "نعم", "أيوه", "ايوه", "أيوا", "ايوا", "أكيد", "سآتي", "سأحضر", "سنحضر", "موافق", "حاضر",
            // Spanish
            "sí", "claro", "voy", "vamos", "asistiré", "confirmo");

    private static final Set<String> NO = normalized(
            // English
            "no", "n", "nope", "nah", "no thanks", "no thank you", "sorry no", "decline", "declined",
            "not coming", "i'm not coming", "im not coming", "we're not coming", "we are not coming",
            "can't come", "cant come", "cannot come", "can't make it", "cant make it", "won't come", "will not come",
            "not attending", "count me out", "count us out",
            // Hebrew
            "לא", "לא מגיע", "לא מגיעה", "לא מגיעים", "לא מגיעות", "לא אגיע", "לא נגיע", "לא נוכל", "לא אוכל",
            "לא תודה",
            // French
            "non", "non merci", "je ne viens pas", "nous ne venons pas", "on ne vient pas", "pas possible",
            "je ne pourrai pas", "nous ne pourrons pas", "absent", "absente",
            // Arabic
            "لا", "لأ", "لن آتي", "لن أحضر", "لن نحضر", "مش جاي", "معتذر", "آسف لا",
            // Spanish
            "no puedo", "no voy", "no podré", "no asistiré");

    private RsvpWords() {
    }

    public static Optional<RsvpAnswer> of(String text) {
        if (text == null || text.length() > 60) {
            return Optional.empty();
        }
        String words = normalize(text);
        if (YES.contains(words)) {
            return Optional.of(RsvpAnswer.yes);
        }
        if (NO.contains(words)) {
            return Optional.of(RsvpAnswer.no);
        }
        return Optional.empty();
    }

    /**
     * Lower case without accents or vowel marks (NFD, marks dropped: French é, Hebrew niqqud,
     * Arabic tashkeel and hamza forms), apostrophes removed, other punctuation and symbols
     * (emoji included) as spaces, single spaces between words.
     */
    static String normalize(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("['’`]", "")
                .replaceAll("[\\p{P}\\p{S}\\p{C}]+", " ");
        return decomposed.strip().replaceAll("\\s+", " ");
    }

    private static Set<String> normalized(String... answers) {
        return Stream.of(answers).map(RsvpWords::normalize).collect(Collectors.toUnmodifiableSet());
    }
}
