package be.wallonie.parcours.api.security;

import be.wallonie.parcours.domain.access.Role;

/** The role names for {@code @RolesAllowed}, equal to {@link Role} names (annotations need constants). */
public final class Roles {

    public static final String CRI_AGENT = "CRI_AGENT";
    public static final String CRI_SUPERVISOR = "CRI_SUPERVISOR";
    public static final String OPERATOR_TRAINER = "OPERATOR_TRAINER";
    public static final String COMMUNE_CLIENT = "COMMUNE_CLIENT";
    public static final String CPAS_CLIENT = "CPAS_CLIENT";
    public static final String REGION_ANALYST = "REGION_ANALYST";
    public static final String ADMINISTRATOR = "ADMINISTRATOR";

    private Roles() {
    }
}
