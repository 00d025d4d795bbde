package dev.usher.invitations.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * QR codes by ZXing, as PNG or SVG. Error correction M (15 %: survives a scratched phone screen
 * or a crease in a print-out) and the standard 4-module quiet zone. The PNG draws each module
 * as a square of {@link #MODULE_PIXELS} pixels, so a typical invitation URL (a 45-module code
 * with its margin) comes out about 450 px wide: sharp on a phone screen, readable across a desk.
 */
public final class QrCodes {

    static final int MODULE_PIXELS = 10;
    private static final int QUIET_ZONE_MODULES = 4;
    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
            EncodeHintType.MARGIN, QUIET_ZONE_MODULES,
            EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
    /** Two colours, one bit per pixel: the smallest PNG for a black-and-white code. */
    private static final IndexColorModel BLACK_AND_WHITE = new IndexColorModel(1, 2,
            new byte[] {(byte) 255, 0}, new byte[] {(byte) 255, 0}, new byte[] {(byte) 255, 0});

    private QrCodes() {
    }

    /** The code's modules, quiet zone included: one bit per module. */
    public static BitMatrix matrix(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, HINTS);
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode " + text.length() + " characters as a QR code", e);
        }
    }

    public static byte[] png(String text) {
        BitMatrix modules = matrix(text);
        int size = modules.getWidth() * MODULE_PIXELS;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY, BLACK_AND_WHITE);
        WritableRaster raster = image.getRaster();
        byte[] pixels = ((DataBufferByte) raster.getDataBuffer()).getData();
        int stride = (size + 7) / 8;
        for (int y = 0; y < size; y++) {
            int row = y / MODULE_PIXELS;
            for (int x = 0; x < size; x++) {
                if (modules.get(x / MODULE_PIXELS, row)) {
                    pixels[y * stride + (x >> 3)] |= (byte) (0x80 >>> (x & 7));
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The same code as SVG: one path of unit squares on a white background, scaled by the
     * viewer; {@code crispEdges} keeps the modules sharp at any size.
     */
    public static String svg(String text) {
        BitMatrix modules = matrix(text);
        int n = modules.getWidth();
        StringBuilder path = new StringBuilder(n * n * 4);
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                if (modules.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        int pixels = n * MODULE_PIXELS;
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + n + " " + n + "\" width=\"" + pixels
                + "\" height=\"" + pixels + "\" shape-rendering=\"crispEdges\">"
                + "<title>Invitation QR code</title>"
                + "<rect width=\"" + n + "\" height=\"" + n + "\" fill=\"#ffffff\"/>"
                + "<path fill=\"#000000\" d=\"" + path + "\"/></svg>\n";
    }
}
