package be.wallonie.parcours.domain.attestation;

import java.util.Optional;

import be.wallonie.parcours.domain.access.Role;

/** Who a copy of an attestation is due to (domain rules §6). */
public enum RecipientKind {
    /** The commune of residence of an obliged person. */
    COMMUNE,
    /** The CPAS of that commune, when the person receives its aid. */
    CPAS;

    /** The kind of recipient a commune or CPAS client is; empty for any other role. */
    public static Optional<RecipientKind> of(Role role) {
        switch (role) {
            case COMMUNE_CLIENT :
                return Optional.of(COMMUNE);
            case CPAS_CLIENT :
                return Optional.of(CPAS);
            default :
                return Optional.empty();
        }
    }
}
