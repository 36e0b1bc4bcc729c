package be.wallonie.parcours.api.attestation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.ApplicationScoped;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

import be.wallonie.parcours.domain.attestation.Attestation;
import be.wallonie.parcours.domain.attestation.AttestationRenderer;
import be.wallonie.parcours.domain.attestation.VerificationCode;

/**
 * Renders the attestation to an A4 PDF: the Qute template {@code templates/attestation.html} (XHTML) filled with the
 * frozen content, laid out by openhtmltopdf with the DejaVu Sans fonts shipped in {@code fonts/} (so that accents and
 * any name in Unicode print), with a QR code of the public verification URL.
 */
@ApplicationScoped
public class PdfAttestationRenderer implements AttestationRenderer {

    static final String FONT_FAMILY = "DejaVu Sans";

    private final Template template;
    private final PublicAddress publicAddress;

    PdfAttestationRenderer(@Location("attestation.html") Template template, PublicAddress publicAddress) {
        this.template = template;
        this.publicAddress = publicAddress;
    }

    /** The public page that verifies the attestation with this code, as the QR code encodes it. */
    public String verificationUrl(VerificationCode code) {
        return publicAddress.base() + "/verify/" + code.value();
    }

    /** The filled template (XHTML), before layout. */
    String html(Attestation attestation) {
        String url = verificationUrl(attestation.verificationCode());
        return template.data("sheet", AttestationSheet.of(attestation, url, QrCodes.pngDataUri(url, 8))).render();
    }

    @Override
    public byte[] render(Attestation attestation) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(html(attestation), null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException failed) {
            throw new UncheckedIOException("The attestation " + attestation.number() + " could not be rendered",
                    failed);
        }
        return pdf.toByteArray();
    }

    private static InputStream font(String file) {
        InputStream font = PdfAttestationRenderer.class.getResourceAsStream("/fonts/" + file);
        if (font == null) {
            throw new IllegalStateException("The font " + file + " is missing from the application");
        }
        return font;
    }
}
