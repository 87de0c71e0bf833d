package fi.kykyverkko.portal.probes;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The REST operations of the portal's live OpenAPI document ({@code /openapi}): what the generated tests derive their
 * targets from, so that a new module's resources are tested without anyone listing them.
 */
final class OpenApiOperations {

    /**
     * One operation: method and path relative to the API root ({@code tenants/{tenant}/...}), and whether the document
     * gives it a request body.
     */
    record Operation(String method, String path, boolean takesBody) {

        Operation(String method, String path) {
            this(method, path, false);
        }

        boolean writes() {
            return method.equals("PUT") || method.equals("POST") || method.equals("PATCH");
        }
    }

    private OpenApiOperations() {
    }

    /** Every operation under {@code /api/} of the document at {@code documentUrl}. */
    static List<Operation> read(HttpClient http, String documentUrl) throws Exception {
        HttpResponse<String> doc = http.send(HttpRequest.newBuilder(URI.create(documentUrl))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        if (doc.statusCode() != 200) {
            throw new AssertionError("no OpenAPI document: " + doc.statusCode());
        }
        List<Operation> operations = new ArrayList<>();
        try (JsonReader reader = Json.createReader(new StringReader(doc.body()))) {
            JsonObject paths = reader.readObject().getJsonObject("paths");
            for (String path : paths.keySet()) {
                int api = path.indexOf("/api/");
                if (api < 0) {
                    continue;
                }
                for (String method : paths.getJsonObject(path).keySet()) {
                    if (Set.of("get", "put", "post", "delete", "patch").contains(method)) {
                        operations.add(new Operation(method.toUpperCase(), path.substring(api + "/api/".length()),
                                paths.getJsonObject(path).getJsonObject(method).containsKey("requestBody")));
                    }
                }
            }
        }
        return operations;
    }
}
