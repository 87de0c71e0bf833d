package fi.kykyverkko.networks.api;

import fi.kykyverkko.kernel.api.ApiWrites;
import fi.kykyverkko.kernel.security.RequiresRole;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.networks.catalogue.Catalogue;
import fi.kykyverkko.networks.catalogue.CatalogueQuery;
import fi.kykyverkko.networks.catalogue.CatalogueService;
import fi.kykyverkko.networks.catalogue.ServiceCategory;
import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.networks.organisations.Organisations;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The region's service catalogue. Readers: everyone in the region; writers: staff, network members for their organisation's entries. */
@Path("tenants/{tenant}/services")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "networks")
@RequiresRole({"tenant-admin", "professional", "network-member", "panel-facilitator", "manager"})
public class ServiceResource {

    @Inject
    Catalogue catalogue;

    @Inject
    Organisations organisations;

    @PathParam("tenant")
    String tenant;

    @Context
    ContainerRequestContext request;

    @GET
    @Operation(summary = "Search the catalogue: every word of q, optional category and municipality")
    public List<ServiceDto> search(@QueryParam("q") String q, @QueryParam("category") ServiceCategory category,
                                   @QueryParam("municipality") String municipality) {
        return catalogue.search(TenantId.of(tenant), new CatalogueQuery(q, category, municipality, null)).stream().map(ServiceDto::of).toList();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One catalogue entry by its code")
    public ServiceDto get(@PathParam("code") String code) {
        return catalogue.byCode(TenantId.of(tenant), code).map(ServiceDto::of).orElseThrow(NotFoundException::new);
    }

    @PUT
    @Path("{code}")
    @Operation(summary = "Create or update a catalogue entry by its code; 400 lists every problem")
    public Response put(@PathParam("code") String code, ServiceDto body) {
        return ApiWrites.write(() -> {
            CatalogueService service = ApiWrites.existingOrNew(catalogue.byCode(TenantId.of(tenant), code), CatalogueService::new, code);
            body.applyTo(service);
            service.setOrganisation(organisations.byCode(TenantId.of(tenant), body.organisation() == null ? "" : body.organisation())
                    .orElseThrow(() -> new InvalidInputException(new Problems().add("organisation", "networks.import.unknown-organisation"))));
            return ServiceDto.of(catalogue.save(TenantId.of(tenant), ApiWrites.caller(request), service));
        });
    }
}
