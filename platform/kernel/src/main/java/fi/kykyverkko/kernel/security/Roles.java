package fi.kykyverkko.kernel.security;

/** The portal's roles, as Keycloak realm roles. */
public final class Roles {

    public static final String PLATFORM_ADMIN = "platform-admin";
    public static final String TENANT_ADMIN = "tenant-admin";
    public static final String PROFESSIONAL = "professional";
    public static final String NETWORK_MEMBER = "network-member";
    public static final String PANEL_FACILITATOR = "panel-facilitator";
    public static final String MANAGER = "manager";

    private Roles() {
    }
}
