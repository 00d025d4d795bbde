package dev.usher.it.support.browsers;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A camera for Chromium's fake capture device: a short Y4M video (which Chromium plays in a
 * loop) showing a QR code image, so a page that reads the camera sees the code as a phone
 * would. Y4M is raw YUV 4:2:0 frames behind a one-line header; a grey picture needs only the
 * luma plane, the colour planes stay neutral (128).
 */
public final class FakeCamera {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 480;
    private static final int FRAMES = 5;

    private FakeCamera() {
    }

    /** Writes target/fake-camera/{name}.y4m showing the PNG in the middle of a white frame. */
    public static Path showing(byte[] png, String name) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            byte[] luma = luma(image);
            Path directory = Path.of("target", "fake-camera").toAbsolutePath();
            Files.createDirectories(directory);
            Path file = directory.resolve(name + ".y4m");
            byte[] chroma = new byte[(WIDTH / 2) * (HEIGHT / 2)];
            java.util.Arrays.fill(chroma, (byte) 128);
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write(("YUV4MPEG2 W" + WIDTH + " H" + HEIGHT + " F10:1 Ip A1:1 C420jpeg\n").getBytes(StandardCharsets.US_ASCII));
                for (int f = 0; f < FRAMES; f++) {
                    out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
                    out.write(luma);
                    out.write(chroma);
                    out.write(chroma);
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The image scaled (nearest neighbour, so modules stay sharp) to fit 90% of the frame's height, on white. */
    private static byte[] luma(BufferedImage image) {
        byte[] y = new byte[WIDTH * HEIGHT];
        java.util.Arrays.fill(y, (byte) 255);
        int side = (int) (HEIGHT * 0.9);
        double scale = Math.min((double) side / image.getWidth(), (double) side / image.getHeight());
        int w = (int) (image.getWidth() * scale);
        int h = (int) (image.getHeight() * scale);
        int left = (WIDTH - w) / 2;
        int top = (HEIGHT - h) / 2;
        for (int row = 0; row < h; row++) {
            for (int col = 0; col < w; col++) {
                int rgb = image.getRGB((int) (col / scale), (int) (row / scale));
                int grey = (int) Math.round(0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff));
                y[(top + row) * WIDTH + left + col] = (byte) grey;
            }
        }
        return y;
    }
}
