package fi.kykyverkko.panels.api;

import fi.kykyverkko.kernel.api.ApiWrites;
import fi.kykyverkko.kernel.security.RequiresRole;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.panels.ideas.IdeaBoard;
import fi.kykyverkko.panels.ideas.IdeaChange;
import fi.kykyverkko.panels.ideas.IdeaStatus;
import fi.kykyverkko.panels.ideas.PanelIdea;
import fi.kykyverkko.panels.panel.CustomerPanel;
import fi.kykyverkko.panels.panel.Panels;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A region's customer panels and their idea boards, for staff (no member data: names and addresses stay in the views). */
@Path("tenants/{tenant}/panels")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "panels", description = "Customer panels and their idea boards")
@RequiresRole({"panel-facilitator", "professional", "manager", "tenant-admin"})
public class PanelResource {

    @Inject
    Panels panels;

    @Inject
    IdeaBoard board;

    @PathParam("tenant")
    String tenant;

    @Context
    ContainerRequestContext request;

    public record PanelDto(long id, String name, String purpose, Long organisationId) {
        static PanelDto of(CustomerPanel p) {
            return new PanelDto(p.getId(), p.getName(), p.getPurpose(), p.getOrganisationId());
        }
    }

    public record IdeaDto(long id, String title, String status, int progress, String reason, Long responsibleOrganisationId,
                          String responsiblePerson, LocalDate proposedOn) {
        static IdeaDto of(PanelIdea i) {
            return new IdeaDto(i.getId(), i.getTitle(), i.getStatus().name(), i.getProgress(), i.getReason(), i.getResponsibleOrganisationId(),
                    i.getResponsiblePerson(), i.getProposedOn());
        }
    }

    public record ChangeDto(String status, Integer progress, String reason, Long responsibleOrganisationId, String responsiblePerson, String note) {
    }

    private TenantId region() {
        return TenantId.of(tenant);
    }

    @GET
    @Operation(summary = "The region's panels")
    public List<PanelDto> list() {
        return panels.list(region(), ApiWrites.caller(request)).stream().map(PanelDto::of).toList();
    }

    @GET
    @Path("{id}/ideas")
    @Operation(summary = "A panel's idea board, newest first")
    public List<IdeaDto> ideas(@PathParam("id") long id) {
        panels.find(region(), ApiWrites.caller(request), id).orElseThrow(NotFoundException::new);
        return board.board(region(), ApiWrites.caller(request), id).stream().map(IdeaDto::of).toList();
    }

    @POST
    @Path("ideas/{id}/changes")
    @Operation(summary = "Updates an idea's status and progress; the members who took part are notified")
    public Response change(@PathParam("id") long id, ChangeDto body) {
        board.idea(region(), ApiWrites.caller(request), id).orElseThrow(NotFoundException::new);
        if (body == null) {
            return ApiWrites.invalid(new fi.kykyverkko.kernel.domain.Problems().add("status", "validation.required"));
        }
        return ApiWrites.write(() -> {
            IdeaStatus status;
            try {
                status = body.status() == null ? null : IdeaStatus.valueOf(body.status());
            } catch (IllegalArgumentException e) {
                throw new fi.kykyverkko.kernel.domain.InvalidInputException(new fi.kykyverkko.kernel.domain.Problems().add("status", "panels.idea.unknown-status"));
            }
            return IdeaDto.of(board.update(region(), ApiWrites.caller(request), id, new IdeaChange(status, body.progress() == null ? 0 : body.progress(),
                    body.reason(), body.responsibleOrganisationId(), body.responsiblePerson(), body.note())));
        });
    }
}
