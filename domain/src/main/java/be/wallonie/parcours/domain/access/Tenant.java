package be.wallonie.parcours.domain.access;

import java.util.Objects;

/**
 * A principal's role and the tenant that scopes it: the CRI of an agent, the operator of a trainer, the commune (NIS)
 * of a commune or CPAS client. Exactly the tenant its role calls for is set.
 */
public record Tenant(Role role, String criCode, String operatorCode, String nisCode) {

    public Tenant {
        Objects.requireNonNull(role, "role");
        boolean valid = switch (role.tenantKind()) {
            case CRI -> criCode != null && operatorCode == null && nisCode == null;
            case OPERATOR -> operatorCode != null && criCode == null && nisCode == null;
            case COMMUNE -> nisCode != null && criCode == null && operatorCode == null;
            case NONE -> criCode == null && operatorCode == null && nisCode == null;
        };
        if (!valid) {
            throw new IllegalArgumentException("The tenant does not fit the role " + role);
        }
    }

    public static Tenant ofCri(Role role, String criCode) {
        return new Tenant(role, criCode, null, null);
    }

    public static Tenant ofOperator(String operatorCode) {
        return new Tenant(Role.OPERATOR_TRAINER, null, operatorCode, null);
    }

    public static Tenant ofCommune(Role role, String nisCode) {
        return new Tenant(role, null, null, nisCode);
    }

    public static Tenant regional(Role role) {
        return new Tenant(role, null, null, null);
    }
}
