package dev.usher.invitations.control;

import dev.usher.platform.errors.FieldError;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What an event's invitation brand may hold. Pure, so the rules are unit-tested on their own.
 * The colour lands in inline CSS, the sender name in the From header, the image in the message:
 * each is refused (422 naming the field) rather than cleaned.
 */
public final class BrandRules {

    /** The largest image accepted, in bytes (a logo or banner; the message stays light). */
    public static final int MAX_IMAGE_BYTES = 256 * 1024;
    public static final int MAX_NAME = 80;
    private static final Pattern HEX_COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    /** Anything that could end a header line or hide one: control characters, line and paragraph separators. */
    private static final Pattern HEADER_BREAKER = Pattern.compile("[\\p{Cntrl}\\u0085\\u2028\\u2029]");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF87 = {'G', 'I', 'F', '8', '7', 'a'};
    private static final byte[] GIF89 = {'G', 'I', 'F', '8', '9', 'a'};

    private BrandRules() {
    }

    /** The problems of a brand's display name, colour and sender name (null members are not set). */
    public static List<FieldError> problems(String displayName, String color, String senderName) {
        List<FieldError> problems = new ArrayList<>();
        name("displayName", displayName, problems);
        if (color != null && !HEX_COLOUR.matcher(color).matches()) {
            problems.add(new FieldError("color", "must be a colour like #E21836 (# and six hex digits)"));
        }
        name("senderName", senderName, problems);
        return problems;
    }

    private static void name(String field, String value, List<FieldError> problems) {
        if (value == null) {
            return;
        }
        if (value.isBlank()) {
            problems.add(new FieldError(field, "must not be blank (leave it out for the server's default)"));
        } else if (value.codePointCount(0, value.length()) > MAX_NAME) {
            problems.add(new FieldError(field, "must be at most " + MAX_NAME + " characters"));
        } else if (HEADER_BREAKER.matcher(value).find()) {
            problems.add(new FieldError(field, "must be one line without control characters"));
        }
    }

    /** The image's type by its first bytes (png, jpeg or gif), or null when it is none of them. */
    public static String imageType(byte[] image) {
        if (startsWith(image, PNG)) {
            return "image/png";
        }
        if (startsWith(image, JPEG)) {
            return "image/jpeg";
        }
        if (startsWith(image, GIF87) || startsWith(image, GIF89)) {
            return "image/gif";
        }
        return null;
    }

    /**
     * The problem with an uploaded image declared as {@code declaredType}, or null: empty, larger
     * than {@link #MAX_IMAGE_BYTES}, not PNG, JPEG or GIF, or not what its Content-Type says.
     */
    public static FieldError imageProblem(byte[] image, String declaredType) {
        if (image == null || image.length == 0) {
            return new FieldError("image", "is empty");
        }
        if (image.length > MAX_IMAGE_BYTES) {
            return new FieldError("image", "is " + image.length + " bytes; at most " + MAX_IMAGE_BYTES + " are accepted");
        }
        String actual = imageType(image);
        if (actual == null) {
            return new FieldError("image", "must be a PNG, JPEG or GIF image");
        }
        if (declaredType != null && !actual.equalsIgnoreCase(declaredType.strip())) {
            return new FieldError("image", "is " + actual + " but was sent as " + declaredType.strip());
        }
        return null;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data != null && data.length >= prefix.length
                && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }
}
