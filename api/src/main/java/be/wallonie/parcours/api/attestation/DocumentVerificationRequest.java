package be.wallonie.parcours.api.attestation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a checker reads off an attestation: the verification code and the holder's birth date, both printed on it.
 *
 * @param code      the verification code (case, dashes, spaces and the look-alikes O/0, I/L/1 forgiven)
 * @param birthDate the holder's birth date as the attestation prints it
 */
@Schema(name = "DocumentVerificationRequest")
public record DocumentVerificationRequest(
        @NotNull @Size(min = 12, max = 32) @Pattern(regexp = "^[0-9A-Za-z -]*$", message = "{violation.VERIFICATION_CODE}") @Schema(required = true, minLength = 12, maxLength = 32, pattern = "^[0-9A-Za-z -]{12,32}$", example = "7K3D-QX9M-2B4T") String code,
        @NotNull @Schema(required = true, description = "The holder's birth date, as printed on the attestation", example = "1990-04-17") LocalDate birthDate) {
}
