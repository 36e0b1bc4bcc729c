package be.wallonie.parcours.domain.attestation;

import java.time.LocalDate;

/**
 * What anyone holding the verification code learns (the public verification page): whether the attestation is valid,
 * when and by which CRI it was issued. Nothing about the person: no name, no birth date, no national number, no axis.
 *
 * @param status   valid or revoked
 * @param issuedOn the day of issue
 * @param criCode  the issuing CRI's code
 * @param criName  the issuing CRI's name
 * @param revokedOn the day it was revoked (in Brussels), or {@code null} while it is valid
 */
public record AttestationVerification(VerificationStatus status, LocalDate issuedOn, String criCode, String criName,
        LocalDate revokedOn) {

    public boolean valid() {
        return status == VerificationStatus.VALID;
    }
}
