package fi.kykyverkko.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The launcher's settings that issue 17 changed: no shipped client secret, the portal on loopback unless configured. */
class LauncherConfigTest {

    private static final Path HERE = Path.of("target");

    @Test
    void thePortalListensOnLoopbackUnlessConfigured() {
        assertEquals("127.0.0.1", LauncherConfig.from(Map.of(), HERE).portalBind());
        assertEquals("0.0.0.0", LauncherConfig.from(Map.of("KYKY_PORTAL_BIND", "0.0.0.0"), HERE).portalBind());
        assertThrows(LauncherConfig.ConfigException.class,
                () -> LauncherConfig.from(Map.of("KYKY_PORTAL_BIND", "127.0.0.1 --deploy evil.war"), HERE));
    }

    @Test
    void noClientSecretIsBuiltIn() {
        assertEquals(Optional.empty(), LauncherConfig.from(Map.of(), HERE).oidcClientSecret(),
                "the embedded stack generates one per installation; there is no default");
        assertEquals(Optional.of("from-the-operator-0123456789"),
                LauncherConfig.from(Map.of("KYKY_OIDC_CLIENT_SECRET", "from-the-operator-0123456789"), HERE).oidcClientSecret());
    }

    @Test
    void thePreBootCommandBindsTheHttpListener() {
        String command = fi.kykyverkko.stack.PayaraMicroProcess.bindCommand("127.0.0.1");
        assertTrue(command.endsWith("network-listener.http-listener.address=127.0.0.1"), command);
    }
}
