package fi.kykyverkko.perf;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for Keycloak and the portal, on one port, answering as they do the requests of the harness: the login
 * redirect, the login form, the form's POST (checked), the return with a session cookie, Vaadin's init and UIDL
 * requests (the CSRF token and the sync id checked). Views are a few changes: the catalogue's search field, the groups
 * list's group links, a group's "plan meeting" button whose click opens a dialog and whose save closes it.
 */
final class FakePortal implements AutoCloseable {

    static final String PASSWORD = "salasana";
    private static final String CSRF = "csrf-123";

    private final HttpServer server;
    private final Map<String, AtomicInteger> syncIds = new ConcurrentHashMap<>();
    private final AtomicInteger sessions = new AtomicInteger();
    final List<String> problems = new CopyOnWriteArrayList<>();
    final List<String> uidlBodies = new CopyOnWriteArrayList<>();

    FakePortal() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", this::handle);
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        String query = x.getRequestURI().getRawQuery() == null ? "" : x.getRequestURI().getRawQuery();
        String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String session = cookie(x, "JSESSIONID");
        try {
            if (path.equals("/kc/auth")) {
                send(x, 200, "text/html", "<html><form id=\"kc-form-login\" class=\"x\" action=\"/kc/login?session_code=1&amp;tab_id=2\" "
                        + "method=\"post\"><input name=\"username\"></form></html>");
            } else if (path.equals("/kc/login")) {
                Map<String, String> form = form(body);
                if (!query.equals("session_code=1&tab_id=2") || !PASSWORD.equals(form.get("password")) || form.get("username") == null) {
                    send(x, 200, "text/html", "<html>Invalid username or password</html>");
                    return;
                }
                String id = "s" + sessions.incrementAndGet();
                syncIds.put(id, new AtomicInteger());
                x.getResponseHeaders().add("Set-Cookie", "JSESSIONID=" + id + "; Path=/; HttpOnly");
                redirect(x, "/lappi?code=abc");
            } else if (query.startsWith("v-r=init")) {
                requireSession(session);
                send(x, 200, "application/json", "{\"appConfig\":{\"v-uiId\":0,\"uidl\":{\"Vaadin-Security-Key\":\"" + CSRF
                        + "\",\"syncId\":0,\"changes\":[{\"node\":1,\"type\":\"attach\"}]}}}");
            } else if (query.startsWith("v-r=uidl")) {
                requireSession(session);
                send(x, 200, "application/json", "for(;;);[" + uidl(session, body) + "]");
            } else if (session == null) {
                redirect(x, "/kc/auth?client_id=portal");
            } else {
                send(x, 200, "text/html", "<html>portal</html>");
            }
        } catch (IllegalStateException e) {
            problems.add(e.getMessage());
            send(x, 403, "text/plain", e.getMessage());
        }
    }

    private String uidl(String session, String body) {
        uidlBodies.add(body);
        AtomicInteger sync = syncIds.get(session);
        if (!body.contains("\"csrfToken\":\"" + CSRF + "\"")) {
            throw new IllegalStateException("no CSRF token in " + body);
        }
        if (!body.contains("\"syncId\":" + sync.get() + ",")) {
            throw new IllegalStateException("wrong sync id, expected " + sync.get() + ": " + body);
        }
        String changes;
        if (body.contains("\"networks/services") || body.contains("/networks/services\"")) {
            changes = "{\"node\":10,\"type\":\"attach\"},{\"node\":10,\"type\":\"put\",\"key\":\"id\",\"feat\":3,\"value\":\"catalogue-search\"}";
        } else if (body.contains("/networks/groups\"")) {
            changes = "{\"node\":11,\"type\":\"attach\"},{\"node\":11,\"type\":\"put\",\"key\":\"href\",\"feat\":3,\"value\":\"lappi/networks/group/12\"},"
                    + "{\"node\":12,\"type\":\"attach\"},{\"node\":12,\"type\":\"put\",\"key\":\"href\",\"feat\":3,\"value\":\"lappi/networks/group/14\"}";
        } else if (body.contains("/networks/group/1")) {
            changes = "{\"node\":20,\"type\":\"attach\"},{\"node\":20,\"type\":\"put\",\"key\":\"id\",\"feat\":3,\"value\":\"plan-meeting\"}";
        } else if (body.contains("\"node\":20,\"event\":\"click\"")) {
            changes = "{\"node\":30,\"type\":\"attach\"},{\"node\":30,\"type\":\"put\",\"key\":\"id\",\"feat\":3,\"value\":\"meeting-place\"},"
                    + "{\"node\":31,\"type\":\"attach\"},{\"node\":31,\"type\":\"put\",\"key\":\"id\",\"feat\":3,\"value\":\"meeting-save\"}";
        } else if (body.contains("\"node\":31,\"event\":\"click\"")) {
            changes = "{\"node\":30,\"type\":\"detach\"},{\"node\":31,\"type\":\"detach\"}";
        } else {
            changes = "";
        }
        return "{\"syncId\":" + sync.incrementAndGet() + ",\"clientId\":" + sync.get() + ",\"changes\":[" + changes + "]}";
    }

    private static void requireSession(String session) {
        if (session == null) {
            throw new IllegalStateException("no session cookie");
        }
    }

    private static String cookie(HttpExchange x, String name) {
        for (String header : x.getRequestHeaders().getOrDefault("Cookie", List.of())) {
            for (String pair : header.split(";")) {
                String[] kv = pair.trim().split("=", 2);
                if (kv.length == 2 && kv[0].equals(name)) {
                    return kv[1];
                }
            }
        }
        return null;
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new java.util.HashMap<>();
        for (String pair : body.split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv.length == 2) {
                form.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static void redirect(HttpExchange x, String location) throws IOException {
        x.getResponseHeaders().add("Location", location);
        x.sendResponseHeaders(302, -1);
        x.close();
    }

    private static void send(HttpExchange x, int status, String type, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", type + "; charset=UTF-8");
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }
}
