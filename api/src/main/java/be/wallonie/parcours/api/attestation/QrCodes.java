package be.wallonie.parcours.api.attestation;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

import io.nayuki.qrcodegen.QrCode;
import javax.imageio.ImageIO;

/** QR codes as PNG images: black modules on white, with the quiet zone of four modules the standard asks for. */
final class QrCodes {

    private static final int QUIET_ZONE = 4;
    private static final int BLACK = 0x000000;
    private static final int WHITE = 0xFFFFFF;

    private QrCodes() {
    }

    /** The text as a QR code (error correction M), {@code pixelsPerModule} pixels a module, as a PNG. */
    static byte[] png(String text, int pixelsPerModule) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int modules = qr.size + 2 * QUIET_ZONE;
        BufferedImage image = new BufferedImage(modules * pixelsPerModule, modules * pixelsPerModule,
                BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                boolean dark = qr.getModule(x / pixelsPerModule - QUIET_ZONE, y / pixelsPerModule - QUIET_ZONE);
                image.setRGB(x, y, dark ? BLACK : WHITE);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return png.toByteArray();
    }

    /** The PNG as a {@code data:} URI, to embed in HTML. */
    static String pngDataUri(String text, int pixelsPerModule) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text, pixelsPerModule));
    }
}
