package dev.usher.invitations.control;

import dev.usher.platform.errors.FieldError;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class BrandRulesTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0};
    private static final byte[] GIF = {'G', 'I', 'F', '8', '9', 'a', 1, 0};

    @Test
    void plainValuesPass() {
        assertThat(BrandRules.problems("Noa & Dan", "#1f6FEB", "נועה ודן")).isEmpty();
        assertThat(BrandRules.problems(null, null, null)).isEmpty();
    }

    @Test
    void aColourMustBeSixHexDigits() {
        for (String bad : new String[]{"red", "#123", "#12345g", "123456", "#1234567", "#123456;x:y", " #123456"}) {
            assertThat(BrandRules.problems(null, bad, null)).as(bad)
                    .containsExactly(new FieldError("color", "must be a colour like #E21836 (# and six hex digits)"));
        }
    }

    @Test
    void aSenderNameWithALineBreakOrControlCharacterIsRefused() {
        for (String bad : new String[]{"A\r\nBcc: x@y", "A\nB", "A\rB", "A\u0000", "A\tB", "A\u2028B", "A\u0085B"}) {
            assertThat(BrandRules.problems(null, null, bad)).as(bad).extracting(FieldError::field)
                    .containsExactly("senderName");
        }
        assertThat(BrandRules.problems("Two\nlines", null, null)).extracting(FieldError::field)
                .containsExactly("displayName");
    }

    @Test
    void namesAreAtMost80CharactersAndNotBlank() {
        assertThat(BrandRules.problems("x".repeat(80), null, "ש".repeat(80))).isEmpty();
        assertThat(BrandRules.problems("x".repeat(81), null, null)).extracting(FieldError::field)
                .containsExactly("displayName");
        assertThat(BrandRules.problems(null, null, "  ")).extracting(FieldError::field).containsExactly("senderName");
    }

    @Test
    void imagesAreKnownByTheirFirstBytes() {
        assertThat(BrandRules.imageType(PNG)).isEqualTo("image/png");
        assertThat(BrandRules.imageType(JPEG)).isEqualTo("image/jpeg");
        assertThat(BrandRules.imageType(GIF)).isEqualTo("image/gif");
        assertThat(BrandRules.imageType("<svg/>".getBytes())).isNull();
        assertThat(BrandRules.imageType(new byte[]{(byte) 0x89})).isNull();
    }

    @Test
    void anImageMustBeSmallKnownAndWhatItSaysItIs() {
        assertThat(BrandRules.imageProblem(PNG, "image/png")).isNull();
        assertThat(BrandRules.imageProblem(JPEG, null)).isNull();
        assertThat(BrandRules.imageProblem(new byte[0], "image/png").field()).isEqualTo("image");
        assertThat(BrandRules.imageProblem(Arrays.copyOf(PNG, BrandRules.MAX_IMAGE_BYTES), "image/png")).isNull();
        assertThat(BrandRules.imageProblem(Arrays.copyOf(PNG, BrandRules.MAX_IMAGE_BYTES + 1), "image/png").message())
                .contains("at most " + BrandRules.MAX_IMAGE_BYTES);
        assertThat(BrandRules.imageProblem("GIF-ish".getBytes(), "image/gif").message()).contains("PNG, JPEG or GIF");
        assertThat(BrandRules.imageProblem(PNG, "image/jpeg").message()).contains("image/png").contains("image/jpeg");
    }
}
