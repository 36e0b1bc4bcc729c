package be.wallonie.parcours.domain.access;

/**
 * Who a principal is in the programme, and so which tenant scopes what it sees (architecture: "who may do what").
 */
public enum Role {
    /** A CRI social worker: the persons and case files of their CRI. */
    CRI_AGENT(TenantKind.CRI),
    /** As an agent, plus dispenses, attestations, deadline extensions and transfers. */
    CRI_SUPERVISOR(TenantKind.CRI),
    /** A trainer of a recognised operator: only the persons enrolled with that operator. */
    OPERATOR_TRAINER(TenantKind.OPERATOR),
    /** A commune (clerk or API client): the attestation copies due to that commune. */
    COMMUNE_CLIENT(TenantKind.COMMUNE),
    /** A CPAS (clerk or API client): the attestation copies due to the CPAS of that commune. */
    CPAS_CLIENT(TenantKind.COMMUNE),
    /** The Region's analyst: aggregated statistics only. */
    REGION_ANALYST(TenantKind.NONE),
    /** Users, operators and reference data; no case data by default. */
    ADMINISTRATOR(TenantKind.NONE);

    /** What a principal's tenant is. */
    public enum TenantKind {
        CRI, OPERATOR, COMMUNE, NONE
    }

    private final TenantKind tenantKind;

    Role(TenantKind tenantKind) {
        this.tenantKind = tenantKind;
    }

    public TenantKind tenantKind() {
        return tenantKind;
    }
}
