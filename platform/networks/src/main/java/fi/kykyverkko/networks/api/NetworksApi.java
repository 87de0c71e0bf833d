package fi.kykyverkko.networks.api;

import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.security.BearerTokenFilter;
import fi.kykyverkko.networks.InvalidInputException;
import fi.kykyverkko.networks.Problems;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;

/** What the networks REST resources share: the caller, find-or-create by code, and a 400 answer that lists every problem. */
final class NetworksApi {

    private NetworksApi() {
    }

    static PortalUser caller(ContainerRequestContext request) {
        return (PortalUser) request.getProperty(BearerTokenFilter.CALLER);
    }

    /** The row with this code, or a new one carrying it (a PUT creates what is not there yet). */
    static <T extends fi.kykyverkko.networks.Coded> T existingOrNew(java.util.Optional<T> existing, Supplier<T> create, String code) {
        return existing.orElseGet(() -> {
            T created = create.get();
            created.setCode(code);
            return created;
        });
    }

    /** Runs a write; invalid input answers 400 with {"problems": [{field, key}]}, a refused one 403. */
    static Response write(Supplier<Object> action) {
        try {
            return Response.ok(action.get()).build();
        } catch (InvalidInputException invalid) {
            JsonArrayBuilder problems = Json.createArrayBuilder();
            for (Problems.Problem p : invalid.problems().list()) {
                problems.add(Json.createObjectBuilder().add("field", p.field()).add("key", p.key()));
            }
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                    .entity(Json.createObjectBuilder().add("problems", problems).build()).build();
        } catch (SecurityException refused) {
            return Response.status(Response.Status.FORBIDDEN).build();
        }
    }
}
