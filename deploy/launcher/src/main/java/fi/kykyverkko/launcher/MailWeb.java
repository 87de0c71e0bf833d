package fi.kykyverkko.launcher;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import fi.kykyverkko.stack.EmbeddedMail;
import fi.kykyverkko.stack.Ports;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/** The read-only page of the demo mail server on 127.0.0.1:port (JDK HTTP server, one thread). */
final class MailWeb implements AutoCloseable {

    private final HttpServer server;
    private final int port;

    private MailWeb(HttpServer server, int port) {
        this.server = server;
        this.port = port;
    }

    static MailWeb start(int port, EmbeddedMail mail) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            server.createContext("/", exchange -> answer(exchange, mail));
            server.setExecutor(Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "mail-web-" + port);
                t.setDaemon(true);
                return t;
            }));
            server.start();
            return new MailWeb(server, port);
        } catch (IOException e) {
            throw new UncheckedIOException("The mail page could not start on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
    }

    private static void answer(HttpExchange exchange, EmbeddedMail mail) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!"GET".equals(method) && !"HEAD".equals(method)) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            if (!"/".equals(exchange.getRequestURI().getPath())) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = MailPage.render(mail.received(), mail.port()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
            if ("HEAD".equals(method)) {
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    String url() {
        return "http://127.0.0.1:" + port + "/";
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!Ports.isFree(port) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
