package fi.kykyverkko.kernel.api;

import fi.kykyverkko.kernel.domain.Coded;
import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.security.BearerTokenFilter;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What every module's REST resources share for writes: the caller, find-or-create by code, and one answer
 * for a write — 200 with the result, 400 listing every problem ({"problems": [{field, key}]}), 403 refused.
 */
public final class ApiWrites {

    private ApiWrites() {
    }

    /** The person calling, as {@code BearerTokenFilter} found them. */
    public static PortalUser caller(ContainerRequestContext request) {
        return (PortalUser) request.getProperty(BearerTokenFilter.CALLER);
    }

    /** The row with this code, or a new one carrying it (a PUT creates what is not there yet). */
    public static <T extends Coded> T existingOrNew(Optional<T> existing, Supplier<T> create, String code) {
        return existing.orElseGet(() -> {
            T created = create.get();
            created.setCode(code);
            return created;
        });
    }

    /** Runs a write; invalid input answers 400 with every problem, a refused one 403; a Response returned is sent as it is. */
    public static Response write(Supplier<Object> action) {
        try {
            Object result = action.get();
            return result instanceof Response response ? response : Response.ok(result).build();
        } catch (InvalidInputException invalid) {
            return invalid(invalid.problems());
        } catch (SecurityException refused) {
            // in the API's JSON: an empty 403 would go out as the server's HTML error page
            return problems(Response.status(Response.Status.FORBIDDEN), new Problems().add("", "api.forbidden"));
        }
    }

    /** The 400 answer for {@code problems}. */
    public static Response invalid(Problems problems) {
        return problems(Response.status(Response.Status.BAD_REQUEST), problems);
    }

    /** {@code answer} (a status, and any headers already set) with {@code problems} as its JSON body. */
    public static Response problems(Response.ResponseBuilder answer, Problems problems) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Problems.Problem p : problems.list()) {
            list.add(Json.createObjectBuilder().add("field", p.field()).add("key", p.key()));
        }
        return answer.type(MediaType.APPLICATION_JSON).entity(Json.createObjectBuilder().add("problems", list).build()).build();
    }
}
