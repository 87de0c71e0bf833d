package fi.kykyverkko.kernel.security;

import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.module.ModuleRegistry;
import fi.kykyverkko.kernel.module.PortalModule;
import fi.kykyverkko.kernel.tenancy.Tenant;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
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
import jakarta.inject.Inject;
import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import java.util.Set;

/**
 * Enforces {@link RequiresRole} / {@code @PermitAll} on every REST resource: 401 without a caller, 403 with
 * the wrong role. Resources with neither are refused, so a forgotten annotation closes an endpoint instead
 * of opening it.
 *
 * <p>A path with a {@code {tenant}} parameter is tenant-scoped: roles count only inside that tenant, and a
 * tenant that does not exist, that the caller does not belong to, or that has the resource's module off
 * answers 404 — the same answer, so a caller learns nothing of other tenants.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class RoleCheckFilter implements ContainerRequestFilter {

    /** The path parameter that names the tenant in tenant-scoped resources: {@code tenants/{tenant}/...}. */
    public static final String TENANT_PARAMETER = "tenant";

    @Context
    ResourceInfo resource;

    @Inject
    TenantRegistry registry;

    @Inject
    ModuleRegistry modules;

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
            request.abortWith(refusal(Response.Status.FORBIDDEN, Response.status(Response.Status.FORBIDDEN)));
            return;
        }
        SecurityContext security = request.getSecurityContext();
        if (security.getUserPrincipal() == null) {
            request.abortWith(refusal(Response.Status.UNAUTHORIZED, Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"kykyverkko\"")));
            return;
        }
        String tenantParameter = request.getUriInfo().getPathParameters().getFirst(TENANT_PARAMETER);
        if (tenantParameter != null) {
            checkTenant(request, tenantParameter, roles);
            return;
        }
        for (String role : roles.value()) {
            if (security.isUserInRole(role)) {
                return;
            }
        }
        request.abortWith(refusal(Response.Status.FORBIDDEN, Response.status(Response.Status.FORBIDDEN)));
    }

    private void checkTenant(ContainerRequestContext request, String tenantParameter, RequiresRole roles) {
        Optional<Tenant> tenant = TenantId.problemWith(tenantParameter) == null
                ? registry.find(TenantId.of(tenantParameter)) : Optional.empty();
        PortalUser caller = (PortalUser) request.getProperty(BearerTokenFilter.CALLER);
        Optional<PortalModule> module = modules.resourceOwner(resource.getResourceClass());
        if (tenant.isEmpty() || caller == null || !caller.canUse(tenant.get().tenantId())
                || module.isPresent() && !modules.isEnabled(module.get(), tenant.get())) {
            request.abortWith(refusal(Response.Status.NOT_FOUND, Response.status(Response.Status.NOT_FOUND)));
            return;
        }
        if (!caller.hasAnyRole(tenant.get().tenantId(), Set.of(roles.value()))) {
            request.abortWith(refusal(Response.Status.FORBIDDEN, Response.status(Response.Status.FORBIDDEN)));
        }
    }

    /** The refusal in the API's JSON ({@code api.status.<code>}): without a body the server would send its HTML page. */
    private static Response refusal(Response.Status status, Response.ResponseBuilder answer) {
        return fi.kykyverkko.kernel.api.ApiWrites.problems(answer, new fi.kykyverkko.kernel.domain.Problems().add("", "api.status." + status.getStatusCode()));
    }
}
