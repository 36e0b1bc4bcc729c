package be.wallonie.parcours.api.attestation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import be.wallonie.parcours.api.person.PersonFixture;
import be.wallonie.parcours.domain.attestation.Attestation;

/** The attestation rendered to PDF: what a reader (or a text extractor) finds in it. */
@QuarkusTest
class AttestationPdfTest {

    @Inject
    CompletedCaseFiles files;
    @Inject
    PdfAttestationRenderer renderer;
    /** Where the application runs in the test: without a configured public address, the PDF prints it (ADR 0032). */
    @TestHTTPResource("/")
    URL application;

    @Test
    void thePdfStatesTheNumberTheNameWithItsAccentsAndTheVerificationCode() throws IOException {
        String lastName = "Đặng-Lefèvre" + PersonFixture.uniqueName("");
        UUID fileId = files.completedFile(lastName, "Zoë Ánh", LocalDate.of(1994, 2, 14), true);

        Attestation attestation = QuarkusTransaction.requiringNew().call(() -> files.issue(fileId, renderer));
        byte[] pdf = attestation.pdf();
        Files.write(Path.of("target", "attestation-sample.pdf"), pdf); // to look at

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text;
        int pages;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pages = document.getNumberOfPages();
            for (int page = 0; page < pages; page++) {
                ImageIO.write(new PDFRenderer(document).renderImageWithDPI(page, 60), "png",
                        Path.of("target", "attestation-sample-" + (page + 1) + ".png").toFile());
            }
            // lines wrap where the layout decides: compare the words, whatever the spaces between them
            text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC)
                    .replaceAll("\\s+", " ");
        }
        assertThat(pages).as("an A4 page").isEqualTo(1);
        assertThat(text).contains("Attestation de fréquentation du parcours d'intégration",
                attestation.number().toString(), lastName, "Zoë Ánh", attestation.verificationCode().value(),
                "Vérifiez cette attestation sur", application + "verify/" + attestation.verificationCode(),
                "avec ce code et la date de naissance du titulaire",
                "Formation à la citoyenneté", "61,5 h suivies sur 60 h requises",
                "certificat de niveau A2 du 15 mars 2024, délivré par Institut de Promotion sociale de Liège",
                "Dispense : mise à l'emploi du 8 janvier 2024",
                "14 février 1994", "Maroc", "Personne soumise à l'obligation", "Françoise Lemaître", "2 juillet 2024");
        assertThat(attestation.pdfSha256()).isEqualTo(HexFormat.of().formatHex(sha256(pdf)));
    }

    @Test
    void theQrCodeEncodesTheVerificationUrl() {
        byte[] png = QrCodes.png("http://localhost:8080/verify/7K3D-QX9M-2B4T", 8);

        assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
