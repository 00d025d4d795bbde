package dev.usher.invitations.control;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class QrCodesTest {

    private static final String URL = "https://usher.example/validate-invitation?token=" + InvitationTokens.next();

    @Test
    void thePngReadsBackToTheUrlAndHasAQuietZoneAndPhoneSize() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(URL)));
        assertThat(image.getWidth()).isEqualTo(image.getHeight()).isBetween(300, 700);
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        String read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
        assertThat(read).isEqualTo(URL);
        // Four modules of white all round.
        int quiet = 4 * QrCodes.MODULE_PIXELS;
        for (int i = 0; i < image.getWidth(); i++) {
            for (int edge = 0; edge < quiet; edge++) {
                assertThat(image.getRGB(i, edge) & 0xFFFFFF).isEqualTo(0xFFFFFF);
                assertThat(image.getRGB(edge, i) & 0xFFFFFF).isEqualTo(0xFFFFFF);
            }
        }
    }

    @Test
    void theSvgDrawsTheSameModules() {
        BitMatrix matrix = QrCodes.matrix(URL);
        String svg = QrCodes.svg(URL);
        int dark = 0;
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    dark++;
                    assertThat(svg).contains("M" + x + " " + y + "h1v1h-1z");
                }
            }
        }
        assertThat(svg.split("h1v1h-1z", -1)).hasSize(dark + 1);
        assertThat(svg).contains("viewBox=\"0 0 " + matrix.getWidth() + " " + matrix.getWidth() + "\"");
    }
}
