package fi.kykyverkko.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a Payara Micro on loopback keeps its data grid there too (the listening sockets are checked in LauncherSmokeIT). */
class PayaraMicroProcessTest {

    @Test
    void aLoopbackPortalGetsAOneNodeGridOnLoopbackUnderItsOwnName() {
        assertEquals(List.of("--interfaces", "127.0.0.1", "--startport", "6901", "--clustermode", "tcpip:127.0.0.1:6901",
                "--clustername", "kykyverkko-8080"), PayaraMicroProcess.loopbackDataGrid(8080, 6901));
    }

    @Test
    void onlyLoopbackAddressesCountAsLoopback() {
        assertTrue(PayaraMicroProcess.isLoopback("127.0.0.1"));
        assertTrue(PayaraMicroProcess.isLoopback("localhost"));
        assertTrue(PayaraMicroProcess.isLoopback("::1"));
        assertFalse(PayaraMicroProcess.isLoopback("0.0.0.0"));
        assertFalse(PayaraMicroProcess.isLoopback("192.168.1.10"));
    }
}
