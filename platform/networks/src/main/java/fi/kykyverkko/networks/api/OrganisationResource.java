package fi.kykyverkko.networks.api;

import fi.kykyverkko.kernel.api.ApiWrites;
import fi.kykyverkko.kernel.security.RequiresRole;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.networks.organisations.Organisation;
import fi.kykyverkko.networks.organisations.Organisations;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The organisations of one region's network. Readers: everyone in the region; writers: staff, members for their own. */
@Path("tenants/{tenant}/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "networks", description = "Organisations and the service catalogue of a region's network")
@RequiresRole({"tenant-admin", "professional", "network-member", "panel-facilitator", "manager"})
public class OrganisationResource {

    @Inject
    Organisations organisations;

    @PathParam("tenant")
    String tenant;

    @Context
    ContainerRequestContext request;

    @GET
    @Operation(summary = "List the region's organisations")
    public List<OrganisationDto> list() {
        return organisations.list(TenantId.of(tenant)).stream().map(OrganisationDto::of).toList();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One organisation by its code")
    public OrganisationDto get(@PathParam("code") String code) {
        return organisations.byCode(TenantId.of(tenant), code).map(OrganisationDto::of).orElseThrow(NotFoundException::new);
    }

    @PUT
    @Path("{code}")
    @Operation(summary = "Create or update an organisation by its code; 400 lists every problem")
    public Response put(@PathParam("code") String code, OrganisationDto body) {
        return ApiWrites.write(() -> {
            // creating needs staff rights: Organisations.save refuses a new organisation to anyone else
            Organisation organisation = ApiWrites.existingOrNew(organisations.byCode(TenantId.of(tenant), code), Organisation::new, code);
            body.applyTo(organisation);
            return OrganisationDto.of(organisations.save(TenantId.of(tenant), ApiWrites.caller(request), organisation));
        });
    }
}
