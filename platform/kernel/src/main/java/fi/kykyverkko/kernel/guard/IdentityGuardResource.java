package fi.kykyverkko.kernel.guard;

import fi.kykyverkko.kernel.api.ApiWrites;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.security.RequiresRole;
import fi.kykyverkko.kernel.tenancy.TenantId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The identity guard as a REST operation, for the booking form's integrations: {@code POST
 * /api/tenants/<region>/identity-guard} with {@code {"text": "..."}} answers {@code {"findings": [{"kind", "start",
 * "end", "key"}]}} (offsets in UTF-16 chars; an empty list when nothing was found); a text over {@link IdentityGuard#MAX_TEXT}
 * characters is refused (400 {@code text=validation.too-long}). Any member of the region may ask,
 * the region's own register is the one searched, and the body passes the kernel's {@code StrictJsonBody} like every
 * other. Nothing of the text is stored, logged or answered back: the caller has it and highlights the offsets.
 */
@Path("tenants/{tenant}/identity-guard")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresRole({}) // any member of the region: everyone who may write an anonymous text there
public class IdentityGuardResource {

    @Inject
    IdentityGuard guard;

    @PathParam("tenant")
    String tenant;

    /** The body: the text to check. */
    public record GuardRequest(String text) {
    }

    @POST
    public Response check(GuardRequest body) {
        if (body == null || body.text() == null) {
            return ApiWrites.invalid(new Problems().add("text", "validation.required"));
        }
        Problems tooLong = new Problems().maxLength("text", body.text(), IdentityGuard.MAX_TEXT);
        if (!tooLong.isEmpty()) {
            return ApiWrites.invalid(tooLong);
        }
        JsonArrayBuilder findings = Json.createArrayBuilder();
        for (Finding finding : guard.check(TenantId.of(tenant), body.text())) {
            findings.add(Json.createObjectBuilder().add("kind", finding.kind().code()).add("start", finding.start())
                    .add("end", finding.end()).add("key", finding.key()));
        }
        return Response.ok(Json.createObjectBuilder().add("findings", findings).build()).build();
    }
}
