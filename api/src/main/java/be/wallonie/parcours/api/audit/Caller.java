package be.wallonie.parcours.api.audit;

import be.wallonie.parcours.domain.access.Tenant;

/**
 * Who made a request, as the audit trail records it: the username or client id, the role, and the tenant's code (the
 * CRI, operator or NIS code; {@code null} for a regional role).
 */
public record Caller(String actor, String role, String tenant) {

    public static Caller of(String actor, Tenant tenant) {
        return new Caller(actor, tenant.role().name(), tenantCode(tenant));
    }

    static String tenantCode(Tenant tenant) {
        return tenant.criCode() != null
                ? tenant.criCode()
                : tenant.operatorCode() != null ? tenant.operatorCode() : tenant.nisCode();
    }
}
