package fi.kykyverkko.kernel.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;

/**
 * Enforces {@link RequiresRole} / {@code @PermitAll} on every REST resource: 401 without a caller, 403 with
 * the wrong role. Resources with neither are refused, so a forgotten annotation closes an endpoint instead
 * of opening it.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class RoleCheckFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource.getResourceMethod() == null) {
            return; // not a resource method (e.g. OPTIONS handled by the runtime)
        }
        AnnotatedElement method = resource.getResourceMethod();
        AnnotatedElement type = resource.getResourceClass();
        if (method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        RequiresRole roles = method.getAnnotation(RequiresRole.class);
        if (roles == null) {
            if (type.isAnnotationPresent(PermitAll.class)) {
                return;
            }
            roles = type.getAnnotation(RequiresRole.class);
        }
        if (roles == null) {
            request.abortWith(Response.status(Response.Status.FORBIDDEN).build());
            return;
        }
        SecurityContext security = request.getSecurityContext();
        if (security.getUserPrincipal() == null) {
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"kykyverkko\"").build());
            return;
        }
        for (String role : roles.value()) {
            if (security.isUserInRole(role)) {
                return;
            }
        }
        request.abortWith(Response.status(Response.Status.FORBIDDEN).build());
    }
}
