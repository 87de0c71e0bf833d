package fi.kykyverkko.stack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

/** Port checks, so a taken port is reported by name instead of as a component's own stack trace. */
public final class Ports {

    private Ports() {
    }

    static void requireFree(int port, String component) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(component + " port out of range: " + port);
        }
        if (!isFree(port)) {
            throw new IllegalStateException("Port " + port + " (wanted by " + component + ") is already in use."
                    + " Stop whatever listens there or choose another port.");
        }
    }

    /** Free means: nothing answers on 127.0.0.1 and we could bind the port ourselves. */
    public static boolean isFree(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 300);
            return false;
        } catch (IOException expected) {
            // nothing listening on loopback; also check the wildcard address (Payara binds 0.0.0.0)
        }
        try (ServerSocket ss = new ServerSocket()) {
            ss.setReuseAddress(true);
            ss.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static void awaitFree(int port, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!isFree(port) && System.nanoTime() < deadline) {
            sleep(200);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
