package fi.kykyverkko.clients.api;

import fi.kykyverkko.clients.clients.Access;
import fi.kykyverkko.clients.clients.Client;
import fi.kykyverkko.clients.clients.ClientLanguage;
import fi.kykyverkko.clients.clients.Clients;
import fi.kykyverkko.kernel.api.ApiWrites;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.privacy.IdentityCode;
import fi.kykyverkko.kernel.security.RequiresRole;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.time.PortalTime;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
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

/**
 * The region's clients and their episodes through the API: the same service, roles, consent gate and audit as the
 * views (each call is audited with its path). A client the caller may not see answers 404, as one that does not exist.
 * A code is searched for with POST, never in a URL.
 */
@Path("tenants/{tenant}/clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "clients", description = "Clients and clienthood episodes of a region, under its consents, every call audited")
@RequiresRole({"professional", "manager", "network-member"})
public class ClientResource {

    @Inject
    Clients clients;

    @PathParam("tenant")
    String tenant;

    @Context
    ContainerRequestContext request;

    private Access access() {
        return Access.api(ApiWrites.caller(request), "/" + request.getUriInfo().getPath());
    }

    @GET
    @Operation(summary = "Clients whose names start with the words of q (at most 50); a whole identity code is looked up as a code")
    public List<ClientDto> search(@QueryParam("q") String q) {
        return clients.search(TenantId.of(tenant), access(), q).stream().map(ClientDto::of).toList();
    }

    @POST
    @Path("by-code")
    @Operation(summary = "The client with the body's identityCode (sent in the body, never in the address), or 404")
    public ClientDto byCode(ClientDto body) {
        String text = body == null ? null : Problems.clean(body.identityCode());
        if (text == null || IdentityCode.problemWith(text) != null) {
            throw new NotFoundException();
        }
        return clients.findByCode(TenantId.of(tenant), access(), IdentityCode.parse(text)).map(ClientDto::of).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    @Operation(summary = "One client, or 404 when the caller may not see them")
    public ClientDto get(@PathParam("id") long id) {
        return clients.find(TenantId.of(tenant), access(), id).map(ClientDto::of).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("{id: [0-9]{1,18}}/episodes")
    @Operation(summary = "The client's episodes with phase history and durations; empty when the consent does not cover them")
    public List<EpisodeDto> episodes(@PathParam("id") long id) {
        TenantId region = TenantId.of(tenant);
        if (clients.find(region, access(), id).isEmpty()) {
            throw new NotFoundException();
        }
        return clients.episodesOf(region, access(), id).stream().map(e -> EpisodeDto.of(e, PortalTime.today())).toList();
    }

    @POST
    @Operation(summary = "Registers a client; 409 with the existing client's id when the code is already registered; 400 lists every problem")
    public Response register(ClientDto body) {
        if (body == null) {
            return ApiWrites.invalid(new Problems().add("body", "validation.required"));
        }
        return ApiWrites.write(() -> {
            Client client = Client.named(body.firstName(), body.lastName());
            client.setNickname(body.nickname());
            client.setPhone(body.phone());
            client.setEmail(body.email());
            client.setMunicipality(body.municipality());
            client.setInterpreterLanguage(body.interpreterLanguage());
            if (body.language() != null) {
                try {
                    client.setLanguage(ClientLanguage.valueOf(body.language()));
                } catch (IllegalArgumentException unknown) {
                    Problems.refuse("language", "validation.unreadable");
                }
            }
            IdentityCode code = null;
            String typed = Problems.clean(body.identityCode());
            if (typed != null) {
                String problem = IdentityCode.problemWith(typed);
                if (problem != null) {
                    Problems.refuse("identityCode", problem);
                }
                code = IdentityCode.parse(typed);
            }
            var registration = clients.register(TenantId.of(tenant), access(), client, code);
            if (registration.duplicate()) {
                return Response.status(Response.Status.CONFLICT).entity(ClientDto.of(registration.client())).build();
            }
            return ClientDto.of(registration.client());
        });
    }
}
