package dev.usher.it.support.standins;

import dev.usher.it.support.servers.TestEnvironment;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * What arrived at the test's SMTP server (GreenMail), per recipient, and the QR codes in it read
 * back by ZXing. Waiting for a message is bounded and is not an assertion about speed: the
 * server answers only after the SMTP server accepted the message, so it is normally there at once.
 */
public final class Mailbox {

    public static final String BRAND_COLOUR = "#123456";
    public static final int VALIDATE_PER_MINUTE = 20;
    /** The test servers' budget of unknown codes per address and minute (below the checks' limit, as in production). */
    public static final int VALIDATE_UNKNOWN_PER_MINUTE = 10;

    private Mailbox() {
    }

    /** The messages sent to {@code email}, once there are at least {@code count} (at most 20 s of waiting). */
    public static List<MimeMessage> await(String email, int count) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (true) {
            List<MimeMessage> found = to(email);
            if (found.size() >= count || System.nanoTime() > deadline) {
                return found;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return found;
            }
        }
    }

    /** How many messages each recipient got so far (lower-case addresses), read in one pass. */
    public static java.util.Map<String, Integer> countsByRecipient() {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (MimeMessage message : TestEnvironment.mail().getReceivedMessages()) {
            try {
                for (Address to : message.getAllRecipients()) {
                    String address = ((jakarta.mail.internet.InternetAddress) to).getAddress().toLowerCase(Locale.ROOT);
                    counts.merge(address, 1, Integer::sum);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return counts;
    }

    /** How many of these addresses received at least one message. */
    public static long reached(List<String> emails) {
        java.util.Map<String, Integer> received = countsByRecipient();
        return emails.stream().filter(received::containsKey).count();
    }

    /** Waits until at least {@code atLeast} of these addresses received a message (3 minutes at most). */
    public static void awaitReached(List<String> emails, int atLeast) {
        java.time.Instant giveUp = java.time.Instant.now().plus(java.time.Duration.ofMinutes(3));
        while (reached(emails) < atLeast) {
            if (java.time.Instant.now().isAfter(giveUp)) {
                throw new AssertionError("Only " + reached(emails) + " of " + atLeast + " addresses got a message");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    public static List<MimeMessage> to(String email) {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : TestEnvironment.mail().getReceivedMessages()) {
            try {
                Address[] recipients = message.getAllRecipients();
                if (recipients != null && Arrays.stream(recipients)
                        .anyMatch(a -> a.toString().toLowerCase(Locale.ROOT).contains(email.toLowerCase(Locale.ROOT)))) {
                    found.add(message);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    /** The first part (depth first) of this MIME type, e.g. {@code text/html}. */
    public static BodyPart part(Part root, String mimeType) {
        try {
            if (root.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) root.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    if (child.isMimeType(mimeType)) {
                        return child;
                    }
                    BodyPart deeper = part(child, mimeType);
                    if (deeper != null) {
                        return deeper;
                    }
                }
            }
            return null;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(Part part) {
        try {
            Object content = part.getContent();
            // Mail libraries hand text/calendar and friends over as a stream.
            return content instanceof String text ? text
                    : new String(bytes(part), java.nio.charset.StandardCharsets.UTF_8);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(Part part) {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a QR code in a PNG back to its text, as a phone camera would. */
    public static String decodeQr(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(source));
            try {
                return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
            } catch (ReaderException missed) {
                // ZXing's finder-pattern detector misses some valid codes, depending on the payload,
                // which is random per run (about 1 in 100 signed invitation URLs: 11 of 1,000 random
                // ones). A phone's scanner tries again, and so does this: the image is a code alone
                // on white, which the pure-barcode path reads module by module.
                return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
            throw new AssertionError("No readable QR code in the image", e);
        }
    }
}
