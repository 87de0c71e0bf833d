package fi.kykyverkko.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Everything the launcher can be told, from environment variables (see deploy/README.md for the table). */
record LauncherConfig(
        Path dataDir,
        Path stackDir,
        int portalPort,
        String portalBind,
        int dbPort,
        Optional<String> externalDbUrl,
        String dbUser,
        Optional<String> dbPassword,
        int keycloakPort,
        Optional<String> externalKeycloakUrl,
        String realm,
        String oidcClientId,
        Optional<String> oidcClientSecret,
        Optional<Path> tenantsDir,
        Optional<String> keycloakAdminPassword,
        Optional<String> dataKey,
        Optional<String> externalMailHost,
        int mailPort,
        int mailWebPort,
        String mailFrom) {

    static final String KEYCLOAK_ADMIN_USER = "admin";

    /** @param launcherDir directory of the launcher jar: {@code stack/} lives there, {@code tenants/} above it */
    static LauncherConfig from(Map<String, String> env, Path launcherDir) {
        Path dataDir = path(env, "KYKY_DATA_DIR").orElse(Path.of(System.getProperty("user.home"), ".kykyverkko"));
        return new LauncherConfig(
                dataDir.toAbsolutePath().normalize(),
                path(env, "KYKY_STACK_DIR").orElse(launcherDir.resolve("stack")).toAbsolutePath().normalize(),
                port(env, "KYKY_PORTAL_PORT", 8080),
                // loopback unless the operator opens it (0.0.0.0 = every interface), as MariaDB and Keycloak
                bindAddress(env, "KYKY_PORTAL_BIND", "127.0.0.1"),
                port(env, "KYKY_DB_PORT", 3307),
                value(env, "KYKY_DB_URL"),
                value(env, "KYKY_DB_USER").orElse("kykyverkko"),
                value(env, "KYKY_DB_PASSWORD"),
                port(env, "KYKY_KEYCLOAK_PORT", 8180),
                value(env, "KYKY_KEYCLOAK_URL").map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u),
                value(env, "KYKY_KEYCLOAK_REALM").orElse("kykyverkko"),
                value(env, "KYKY_OIDC_CLIENT_ID").orElse("kykyverkko-portal"),
                value(env, "KYKY_OIDC_CLIENT_SECRET"), // the embedded Keycloak's is generated per installation
                path(env, "KYKY_TENANTS_DIR").or(() -> findTenantsDir(launcherDir)),
                value(env, "KYKY_KEYCLOAK_ADMIN_PASSWORD"),
                value(env, "KYKY_DATA_KEY"),
                value(env, "KYKY_MAIL_HOST"),
                port(env, "KYKY_MAIL_PORT", 2525),
                port(env, "KYKY_MAIL_WEB_PORT", 8025),
                value(env, "KYKY_MAIL_FROM").orElse("kykyverkko@localhost"));
    }

    boolean embeddedDb() {
        return externalDbUrl.isEmpty();
    }

    boolean embeddedKeycloak() {
        return externalKeycloakUrl.isEmpty();
    }

    /** The demo mail server and its page, unless the operator names an SMTP host (KYKY_MAIL_HOST). */
    boolean embeddedMail() {
        return externalMailHost.isEmpty();
    }

    Path logDir() {
        return dataDir.resolve("logs");
    }

    /** Walks up from the launcher jar (deploy/launcher/target) to the repository root holding {@code tenants/}. */
    static Optional<Path> findTenantsDir(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("tenants"))) {
                return Optional.of(dir.resolve("tenants"));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::trim).filter(v -> !v.isEmpty());
    }

    private static Optional<Path> path(Map<String, String> env, String name) {
        return value(env, name).map(Path::of);
    }

    private static String bindAddress(Map<String, String> env, String name, String defaultAddress) {
        String address = value(env, name).orElse(defaultAddress);
        if (!address.matches("[0-9A-Fa-f.:]+|[A-Za-z0-9][A-Za-z0-9.-]*")) {
            throw new ConfigException(name + " must be an IP address or host name to listen on (e.g. 127.0.0.1, 0.0.0.0), not '"
                    + address + "'");
        }
        return address;
    }

    private static int port(Map<String, String> env, String name, int defaultPort) {
        Optional<String> v = value(env, name);
        if (v.isEmpty()) {
            return defaultPort;
        }
        try {
            int port = Integer.parseInt(v.get());
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigException(name + " must be a port number (1-65535), not '" + v.get() + "'");
    }

    /** A configuration mistake: reported as one line, without a stack trace. */
    static final class ConfigException extends RuntimeException {
        ConfigException(String message) {
            super(message);
        }
    }
}
