package be.wallonie.parcours.domain.attestation;

import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import be.wallonie.parcours.domain.access.Tenant;
import be.wallonie.parcours.domain.shared.NisCode;

/**
 * A commune or a CPAS, named by the NIS code of the commune (a CPAS serves one commune).
 *
 * @param kind    commune or CPAS
 * @param nisCode the NIS code of the commune
 */
@Embeddable
public record Recipient(@Enumerated(EnumType.STRING) @Column(name = "recipient_kind") RecipientKind kind,
        @Column(name = "recipient_nis") String nisCode) {

    public Recipient {
        Objects.requireNonNull(kind, "kind");
        nisCode = new NisCode(nisCode).value();
    }

    public static Recipient commune(NisCode commune) {
        return new Recipient(RecipientKind.COMMUNE, commune.value());
    }

    public static Recipient cpas(NisCode commune) {
        return new Recipient(RecipientKind.CPAS, commune.value());
    }

    /** The recipient a commune or CPAS client's token stands for; empty for any other principal. */
    public static Optional<Recipient> of(Tenant tenant) {
        return RecipientKind.of(tenant.role()).map(kind -> new Recipient(kind, tenant.nisCode()));
    }
}
