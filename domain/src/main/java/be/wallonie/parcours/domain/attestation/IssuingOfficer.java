package be.wallonie.parcours.domain.attestation;

import be.wallonie.parcours.domain.access.Role;
import be.wallonie.parcours.domain.shared.Violations;

/**
 * The member of staff who issues or revokes an attestation, as the caller's token says.
 *
 * @param username the account's username, kept as {@code issued_by} / {@code revoked_by}
 * @param fullName the name printed on the attestation
 * @param role     the principal's role: only {@link Role#CRI_SUPERVISOR} may issue and revoke
 * @param criCode  the principal's CRI
 */
public record IssuingOfficer(String username, String fullName, Role role, String criCode) {

    public IssuingOfficer {
        Violations violations = new Violations();
        violations.requireText(username, "username");
        violations.requireText(fullName, "fullName");
        violations.require(role, "role");
        violations.throwIfAny();
        fullName = fullName.strip();
    }

    /** Refuses unless the officer is a supervisor of {@code cri}. */
    void requireSupervisorOf(String cri, String action) {
        if (role != Role.CRI_SUPERVISOR) {
            throw new AttestationException(AttestationException.Reason.NOT_A_SUPERVISOR,
                    "Only a CRI supervisor may " + action);
        }
        if (!cri.equals(criCode)) {
            throw new AttestationException(AttestationException.Reason.OTHER_CRI,
                    "Only a supervisor of " + cri + " may " + action);
        }
    }
}
