package be.wallonie.parcours.api.attestation;

import java.util.Base64;
import java.util.HexFormat;

import jakarta.ws.rs.core.Response;

/** An attestation's PDF as an HTTP answer: named after its number, with its SHA-256 (RFC 9530 Repr-Digest). */
final class Documents {

    private Documents() {
    }

    static Response pdf(CaseFileAttestationService.Document document) {
        String digest = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(document.sha256()));
        return Response.ok(document.pdf(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + document.number() + ".pdf\"")
                .header("Repr-Digest", "sha-256=:" + digest + ":")
                .build();
    }
}
