package be.wallonie.parcours.domain.attestation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import be.wallonie.parcours.domain.access.Role;
import be.wallonie.parcours.domain.access.Tenant;
import be.wallonie.parcours.domain.shared.InvalidValueException;

class AttestationValuesTest {

    @Test
    void aNumberIsTheCriTheYearAndACounterOfFiveDigits() {
        AttestationNumber number = new AttestationNumber("CRIPEL", 2026, 42);

        assertThat(number).hasToString("CRIPEL-2026-00042");
        assertThat(AttestationNumber.parse("CRIPEL-2026-00042")).isEqualTo(number);
        assertThat(new AttestationNumber("CAI", 2026, 123456)).hasToString("CAI-2026-123456");
        assertThatThrownBy(() -> AttestationNumber.parse("CRIPEL-26-42")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new AttestationNumber("CRIPEL", 2026, 0)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aVerificationCodeIsSixtyRandomBitsInThreeGroupsOfCrockfordBase32() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            VerificationCode code = VerificationCode.random();
            assertThat(code.value()).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
            seen.add(code.value());
        }
        assertThat(seen).hasSize(10_000);
        assertThat(VerificationCode.BITS).isGreaterThanOrEqualTo(60);
    }

    @Test
    void aVerificationCodeForgivesWhatPeopleMistype() {
        assertThat(VerificationCode.parse(" 7k3d qx9m 2b4t ")).isEqualTo(new VerificationCode("7K3D-QX9M-2B4T"));
        assertThat(VerificationCode.parse("7K3DQX9MOB4l")).isEqualTo(new VerificationCode("7K3D-QX9M-0B41"));
        assertThatThrownBy(() -> VerificationCode.parse("7K3D-QX9M")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> VerificationCode.parse("7K3D-QX9M-2B4U")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aCertificateNamesItsIssuer() {
        assertThatThrownBy(() -> Equivalence.a2Certificate(LocalDate.of(2024, 3, 15), " "))
                .isInstanceOf(InvalidValueException.class);
        assertThat(Equivalence.workRelease(LocalDate.of(2024, 1, 8)).issuer()).isNull();
    }

    @Test
    void aCommuneOrCpasClientIsARecipient() {
        assertThat(Recipient.of(Tenant.ofCommune(Role.COMMUNE_CLIENT, "62063")))
                .contains(new Recipient(RecipientKind.COMMUNE, "62063"));
        assertThat(Recipient.of(Tenant.ofCommune(Role.CPAS_CLIENT, "62063")))
                .contains(new Recipient(RecipientKind.CPAS, "62063"));
        assertThat(Recipient.of(Tenant.ofCri(Role.CRI_SUPERVISOR, "CRIPEL"))).isEmpty();
    }
}
