package fi.kykyverkko.kernel.health;

import fi.kykyverkko.kernel.security.RequiresRole;
import fi.kykyverkko.kernel.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * {@code GET /api/platform/health}: the readiness checks with their details (schemas and their module versions, the
 * database's and Keycloak's addresses, why a part is down), for platform admins only. The anonymous
 * {@code /health/ready} gives the same checks' names and status, nothing else (issue 17). Same status code: 200 when
 * every check is UP, 503 otherwise.
 */
@Path("platform/health")
@RequestScoped
@RequiresRole(Roles.PLATFORM_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class PlatformHealthResource {

    @Inject
    ReadinessChecks checks;

    @GET
    public Response details() {
        List<HealthCheckResponse> all = checks.detailed();
        boolean up = all.stream().allMatch(c -> c.getStatus() == HealthCheckResponse.Status.UP);
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (HealthCheckResponse check : all) {
            JsonObjectBuilder data = Json.createObjectBuilder();
            check.getData().ifPresent(d -> d.forEach((key, value) -> data.add(key, String.valueOf(value))));
            array.add(Json.createObjectBuilder().add("name", check.getName()).add("status", check.getStatus().name()).add("data", data));
        }
        return Response.status(up ? 200 : 503)
                .entity(Json.createObjectBuilder().add("status", up ? "UP" : "DOWN").add("checks", array).build()).build();
    }
}
