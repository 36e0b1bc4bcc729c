package be.wallonie.parcours.domain.attestation;

import jakarta.validation.constraints.Size;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import be.wallonie.parcours.domain.territory.Cri;

/**
 * The CRI that issues the attestation, as its reference data stood on the day of issue.
 *
 * @param code    the CRI's code, such as {@code CRIPEL}
 * @param name    its name
 * @param address its postal address, or its seat when the address is not recorded
 */
@Embeddable
public record AttestingCri(@Column(name = "cri_code") @Size(max = 10) String code,
        @Column(name = "cri_name") @Size(max = 200) String name,
        @Column(name = "cri_address") @Size(max = 300) String address) {

    public AttestingCri {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
    }

    static AttestingCri of(Cri cri) {
        String address = cri.address() == null || cri.address().isBlank() ? cri.seat() : cri.address();
        return new AttestingCri(cri.code(), cri.name(), address);
    }
}
